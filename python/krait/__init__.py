"""krait shim: the names krait programs import, made to work under plain CPython.

A krait source file is valid Python.  It imports its type names and parallel
helpers from this package, so that the same file runs unchanged under CPython
(which is how users debug it, and how the differential tests get their oracle):

    from krait import f64, i64, prange

    def axpy(a: f64, x: f64[:], y: f64[:, ::1]) -> None:
        for i in prange(x.shape[0]):
            ...

Here every name is a plain Python object.  Scalar types are converters
(`f64(3)` -> 3.0, using numpy when it can be imported and plain Python numbers
otherwise).  Subscripting a scalar type gives an array-type marker that only
describes the annotation.  `prange` is `range`, and the OpenMP-style queries
answer as a single thread would.  numpy is imported lazily and is optional.
"""

__all__ = [
    "i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64",
    "f32", "f64", "c64", "c128",
    "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
    "float32", "float64", "complex64", "complex128",
    "ScalarType", "ArrayType",
    "prange", "threadid", "num_threads", "set_num_threads",
]

_numpy = None


def _np():
    """numpy if it can be imported, else None (looked up once)."""
    global _numpy
    if _numpy is None:
        try:
            import numpy
            _numpy = numpy
        except ImportError:
            _numpy = False
    return _numpy or None


class ScalarType:
    """A scalar type such as `f64`: converts values and builds array types."""

    def __init__(self, short, dtype, kind, bits):
        self.short = short      # krait spelling: "f64"
        self.dtype = dtype      # numpy spelling: "float64"
        self.kind = kind        # "int", "uint", "float" or "complex"
        self.bits = bits

    def __repr__(self):
        return self.short

    def __call__(self, value=0):
        np = _np()
        if np is not None:
            return getattr(np, self.dtype)(value)
        if self.kind == "float":
            return float(value)
        if self.kind == "complex":
            return complex(value)
        if isinstance(value, int) and not self._fits(value):
            # numpy >= 2 refuses out-of-range Python ints in the same way.
            raise OverflowError(f"Python integer {value} out of bounds for {self.dtype}")
        return self._wrap(int(value))

    def _fits(self, n):
        lo = -(1 << (self.bits - 1)) if self.kind == "int" else 0
        return lo <= n < lo + (1 << self.bits)

    def _wrap(self, n):
        """Two's-complement wrap to this width, like a C cast of a float."""
        n &= (1 << self.bits) - 1
        if self.kind == "int" and n >= 1 << (self.bits - 1):
            n -= 1 << self.bits
        return n

    def __getitem__(self, dims):
        if not isinstance(dims, tuple):
            dims = (dims,)
        return ArrayType(self, dims)


class ArrayType:
    """The annotation `f64[:, ::1]`: a dtype, a number of dimensions and a layout.

    `layout` is "C" when the last axis is marked `::1` (C-contiguous), "F" when
    the first axis is (Fortran order, ndim > 1), and "A" (any strides) otherwise.
    """

    def __init__(self, scalar, dims):
        if not dims:
            raise TypeError("an array type needs at least one dimension")
        unit = []
        for d in dims:
            if not isinstance(d, slice) or d.start is not None or d.stop is not None:
                raise TypeError(f"array dimensions are written ':' or '::1', not {d!r}")
            if d.step not in (None, 1):
                raise TypeError(f"array dimensions are written ':' or '::1', not {d!r}")
            unit.append(d.step == 1)
        self.scalar = scalar
        self.ndim = len(dims)
        self.layout = self._layout(unit)

    @staticmethod
    def _layout(unit):
        if not any(unit):
            return "A"
        if unit == [False] * (len(unit) - 1) + [True]:
            return "C"
        if len(unit) > 1 and unit == [True] + [False] * (len(unit) - 1):
            return "F"
        raise TypeError("only the first or the last dimension may be '::1'")

    @property
    def dtype(self):
        return self.scalar.dtype

    @property
    def contiguous(self):
        return self.layout != "A"

    def __repr__(self):
        dims = [":"] * self.ndim
        if self.layout == "C":
            dims[-1] = "::1"
        elif self.layout == "F":
            dims[0] = "::1"
        return f"{self.scalar.short}[{', '.join(dims)}]"

    def __eq__(self, other):
        return (isinstance(other, ArrayType) and self.scalar is other.scalar
                and self.ndim == other.ndim and self.layout == other.layout)

    def __hash__(self):
        return hash((self.scalar.short, self.ndim, self.layout))


def _scalar(short, dtype, kind, bits):
    t = ScalarType(short, dtype, kind, bits)
    globals()[short] = t
    globals()[dtype] = t
    return t


for _bits in (8, 16, 32, 64):
    _scalar(f"i{_bits}", f"int{_bits}", "int", _bits)
    _scalar(f"u{_bits}", f"uint{_bits}", "uint", _bits)
_scalar("f32", "float32", "float", 32)
_scalar("f64", "float64", "float", 64)
_scalar("c64", "complex64", "complex", 64)
_scalar("c128", "complex128", "complex", 128)
del _bits


def prange(*args, schedule=None, num_threads=None):
    """Parallel range.  Under CPython the loop simply runs serially."""
    if not 1 <= len(args) <= 3:
        raise TypeError(f"prange expected 1 to 3 arguments, got {len(args)}")
    if num_threads is not None and num_threads < 1:
        raise ValueError("num_threads must be at least 1")
    return range(*args)


def threadid():
    """Number of the calling thread inside a parallel region: always 0 here."""
    return 0


def num_threads():
    """Threads a parallel region would use: 1, since the shim runs serially."""
    return 1


def set_num_threads(n):
    """Set the thread count of later parallel regions (no effect under CPython)."""
    if n < 1:
        raise ValueError("set_num_threads: n must be at least 1")
