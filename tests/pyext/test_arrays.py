"""numpy arrays (and other buffers) passed to a compiled extension module."""
import array
import resource
import sys

import numpy as np
import pytest

from conftest import build, load, HERE


@pytest.fixture(scope="module")
def mods(tmp_path_factory):
    so, warnings = build("array_kernels", tmp_path_factory.mktemp("ext"))
    assert warnings == ""  # every function is exported
    return load(so, "array_kernels"), load(HERE + "/array_kernels.py", "array_kernels_py")


def run_both(mods, name, make_args):
    """Call name on fresh copies of the inputs in both modules: the results,
    exceptions and the arrays written through must all be the same."""
    outs = []
    for mod in mods:
        args = make_args()
        try:
            r = getattr(mod, name)(*args)
            r = ("ok", type(r).__name__, r.dtype.name, r.shape, r.tolist()) \
                if isinstance(r, np.ndarray) else ("ok", r)
        except Exception as e:
            r = ("raised", type(e).__name__, str(e))
        outs.append((r, [a.tolist() if hasattr(a, "tolist") else a for a in args]))
    assert outs[0] == outs[1]


rng = np.random.default_rng(7)
U = rng.standard_normal((6, 7))

CASES = [
    ("axpy", lambda: (np.zeros(5), 2.0, np.arange(5.0), np.ones(5))),
    ("axpy", lambda: (np.zeros(10)[::2], -1.5, np.arange(10.0)[::-2], np.ones(5))),  # strided views
    ("axpy", lambda: (np.zeros(3), 1, np.ones(3), np.ones(3))),                      # int for float
    ("axpy", lambda: (np.zeros(3), 1.0, np.ones(4), np.ones(3))),                    # broadcast error
    ("total", lambda: (U.copy(),)),
    ("total", lambda: (U.T.copy(order="F").T,)),
    ("total", lambda: (U[::2, 1::3],)),
    ("laplace_into", lambda: (np.zeros((6, 7)), U.copy())),
    ("laplace_into", lambda: (np.zeros((7, 6)).T, U.copy())),
    ("pick", lambda: (np.arange(10, dtype=np.int32), 3)),
    ("pick", lambda: (np.arange(10, dtype=np.int32), -1)),
    ("pick", lambda: (np.arange(10, dtype=np.int32), 10)),                           # IndexError
    ("count_true", lambda: (np.array([True, False, True, True]),)),
    ("count_true", lambda: (np.arange(10) % 3 == 0,)),
    ("scale_u8", lambda: (np.arange(12, dtype=np.uint8).reshape(3, 4) * 20, 3)),    # wraps
    ("laplace", lambda: (U.copy(),)),
    ("evens", lambda: (9,)),
    ("evens", lambda: (0,)),
    ("transposed", lambda: (U[:3, :2].copy(),)),
    ("ramp", lambda: (7,)),
    # broadcast errors name the operands of numpy's first failing operation
    ("blend", lambda: (np.ones((4, 5)), np.ones(1))), ("blend", lambda: (np.ones((3, 3)), np.ones(6))),
    ("blend", lambda: (np.ones((3, 3)), np.ones(3))),
    ("nested_sum", lambda: (np.ones(3), np.ones(3), np.ones(4))),
    ("nested_sum", lambda: (np.ones(2), np.ones(3), np.ones(3))),
    ("add_product", lambda: (np.ones(3), np.ones(2), np.ones(2))),
    ("add_product", lambda: (np.ones(3), np.ones(2), np.ones(3))),
    ("store_mix", lambda: (np.ones(3), np.ones(2), np.ones(3))),
    ("store_mix", lambda: (np.ones(3), np.ones(2), np.ones(2))),
    ("store_mix", lambda: (np.ones(3), np.ones(1), np.ones(3))),
]


@pytest.mark.parametrize("name,make", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
@pytest.mark.filterwarnings("ignore:overflow encountered")
def test_same_as_cpython(mods, name, make):
    run_both(mods, name, make)


def test_returned_arrays_are_zero_copy(mods):
    ext = mods[0]
    r = ext.laplace(U.copy())
    assert type(r) is np.ndarray and not r.flags.owndata
    assert type(r.base.obj).__name__ == "ArrayOwner"  # the krait buffer, not a copy
    x = np.arange(5.0)
    s = ext.same(x)
    s[0] = 42.0
    assert x[0] == 42.0 and np.shares_memory(s, x)  # a parameter comes back as a view
    t = ext.transposed(U)
    assert np.shares_memory(t, U) and t.strides == U.T.strides


def test_returned_arrays_are_freed(mods):
    ext = mods[0]

    def burst():
        for _ in range(20_000):
            ext.laplace(np.ones((30, 30)))  # 7 KiB each: a leak shows as 140 MB
            ext.same(U[0])

    burst()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    burst()
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 4096  # KiB


def test_other_buffers(mods):
    ext = mods[0]
    buf = array.array("d", [1.0, 2.0, 3.0])
    ext.axpy(buf, 2.0, memoryview(buf), buf)
    assert buf.tolist() == [3.0, 6.0, 9.0]
    assert ext.pick(array.array("i", range(5)), 4) == 4


BAD = [
    ("total", (np.arange(12).reshape(3, 4),), TypeError,
     "total() argument 'u' must be a float64 array with 2 dimensions, got int64 array with 2 dimensions"),
    ("total", (np.ones(3),), TypeError,
     "total() argument 'u' must be a float64 array with 2 dimensions, got float64 array with 1 dimension"),
    ("total", (np.ones((2, 2), dtype=np.float32),), TypeError,
     "total() argument 'u' must be a float64 array with 2 dimensions, got float32 array with 2 dimensions"),
    ("total", ([[1.0]],), TypeError,
     "total() argument 'u' must be a float64 array with 2 dimensions, got list"),
    ("total", (None,), TypeError,
     "total() argument 'u' must be a float64 array with 2 dimensions, got NoneType"),
    ("total", (3.0,), TypeError,
     "total() argument 'u' must be a float64 array with 2 dimensions, got float"),
    ("pick", (np.arange(10, dtype=np.int32)[::2], 0), ValueError,
     "pick() argument 'v' must be C-contiguous along its last axis (::1); pass numpy.ascontiguousarray(v)"),
    ("pick", (np.arange(10, dtype=np.int64), 0), TypeError,
     "pick() argument 'v' must be a int32 array with 1 dimension, got int64 array with 1 dimension"),
    ("count_true", (np.ones(3, dtype=np.int8),), TypeError,
     "count_true() argument 'mask' must be a bool array with 1 dimension, got int8 array with 1 dimension"),
    ("total", (np.ones((2, 2), dtype=complex),), TypeError,
     "total() argument 'u' must be a float64 array with 2 dimensions, got complex128 array with 2 dimensions"),
]


@pytest.mark.parametrize("name,args,exc,msg", BAD, ids=[f"{b[0]}-{i}" for i, b in enumerate(BAD)])
def test_bad_arrays_name_the_parameter(mods, name, args, exc, msg):
    with pytest.raises(exc) as e:
        getattr(mods[0], name)(*args)
    assert str(e.value) == msg


def test_read_only_array(mods):
    """A read-only array is fine where the function only reads, as in Python;
    where it writes, it is a ValueError naming the parameter."""
    r = np.arange(3.0)
    r.flags.writeable = False
    out = np.zeros(3)
    mods[0].axpy(out, 2.0, r, r)
    assert out.tolist() == [0.0, 3.0, 6.0]
    assert mods[0].total(np.broadcast_to(np.ones(1), (2, 3))) == 6.0   # read-only view
    with pytest.raises(ValueError, match=r"axpy\(\) argument 'out' must be a writable array"):
        mods[0].axpy(r, 1.0, np.ones(3), np.ones(3))
    with pytest.raises(ValueError, match=r"scale_u8\(\) argument 'img' must be a writable array"):
        ro = np.zeros((2, 2), dtype=np.uint8)
        ro.flags.writeable = False
        mods[0].scale_u8(ro, 2)


def test_buffers_are_released(mods):
    """No reference to an argument outlives the call, even on errors."""
    ext = mods[0]
    a, b = np.ones(4), np.ones(3)
    before = sys.getrefcount(a), sys.getrefcount(b)
    for _ in range(100):
        ext.axpy(a, 1.0, a, a)
        with pytest.raises(ValueError):
            ext.axpy(b, 1.0, a, b)
        with pytest.raises(TypeError):
            ext.axpy(a, 1.0, a, None)
    assert (sys.getrefcount(a), sys.getrefcount(b)) == before
    a.resize(10, refcheck=True)  # fails if a buffer export were still held


def test_memory_flat_across_calls(mods):
    ext = mods[0]
    u, out = np.ones((50, 50)), np.zeros((50, 50))

    def burst():
        for _ in range(100_000):
            ext.laplace_into(out, u)
            ext.total(u)

    burst()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    burst()
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 1024  # KiB
