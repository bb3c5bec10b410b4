"""Runs one differential case as a module and calls its exported functions;
test_cases_as_modules.py runs this twice, on the pure-Python module and on
the compiled one, and compares the transcripts.

    python3 -u case_driver.py SRC.py [MODULE.so] [--skip NAME:K ...] [--exclude NAME ...]

Importing runs the module's top-level code (not its __main__ block), so its
output is part of the transcript. Then each function whose parameters are
all annotated is called three times with arguments made from its
annotations, read from the source with `ast` (the module is not imported
for that). A call is printed with its result, or with the exception it
raised, and with its arguments afterwards (functions may mutate them).

Without MODULE.so, a call that runs longer than LIMIT seconds is reported
as `skip NAME:K`, and the compiled run is told to skip it: compiled code
cannot be interrupted, and a case's function may not terminate for every
input (a Collatz loop given 0)."""
import ast
import contextlib
import io
import importlib.util
import os
import signal
import sys

LIMIT = 0.5
SCALARS = {
    "int": [3, 0, -7, 12],
    "float": [1.5, -0.25, 0.0, 3.0],
    "bool": [True, False],
    "str": ["abc", "", "hé wörld 12"],
    "complex": [1 + 2j, -0.5j, 3.0],
}
DTYPES = {"f64": "float64", "f32": "float32", "i64": "int64", "i32": "int32", "i16": "int16",
          "i8": "int8", "u8": "uint8", "u16": "uint16", "u32": "uint32", "u64": "uint64",
          "c128": "complex128", "c64": "complex64", "bool": "bool", "float64": "float64",
          "float32": "float32", "int64": "int64", "int32": "int32", "complex128": "complex128"}


class Timeout(BaseException):  # not caught by the case's own `except Exception`
    pass


def on_alarm(*_):
    raise Timeout()


def values(node, np):
    """Candidate argument makers (functions, so that each call gets fresh
    objects) for an annotation node, or None if we cannot make any."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        node = ast.parse(node.value, mode="eval").body
    if isinstance(node, ast.Name) and node.id in SCALARS:
        return [lambda v=v: v for v in SCALARS[node.id]]
    if not isinstance(node, ast.Subscript):
        return None
    base = ast.unparse(node.value)
    items = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
    if base == "list" and len(items) == 1:
        inner = values(items[0], np)
        if not inner:
            return None
        return [lambda: [], lambda: [m() for m in inner],
                lambda: [inner[(i * 2) % len(inner)]() for i in range(5)]]
    if base == "tuple":
        parts = [values(x, np) for x in items]
        if not all(parts):
            return None
        return [lambda k=k: tuple(p[(k + j) % len(p)]() for j, p in enumerate(parts))
                for k in range(3)]
    if base in DTYPES and all(isinstance(x, ast.Slice) for x in items) and np:
        dt, nd = DTYPES[base], len(items)

        def make(shape, dt=dt):
            n = 1
            for s in shape:
                n *= s
            v = (np.arange(n) * 7 % 11 - 3).astype("float64") / (2 if "float" in dt or "complex" in dt else 1)
            return v.astype(dt).reshape(shape)
        shapes = [(6,), (1,), (5,)] if nd == 1 else [(4, 5), (1, 3), (3, 3)] if nd == 2 else [(2, 3, 4)] * 3
        return [lambda s=s: make(s) for s in shapes]
    return None


def plain(v, np):
    """A comparable form: numpy scalars as the Python scalars they equal (the
    compiled module returns a float where numpy gives a float64), arrays as
    dtype and nested lists, containers item by item."""
    if np is not None and isinstance(v, np.ndarray):
        return "ndarray(%s, %r)" % (v.dtype, v.tolist())
    if np is not None and isinstance(v, np.generic):
        v = v.item()
    if isinstance(v, (list, tuple)):
        inner = ", ".join(plain(x, np) for x in v)
        return ("[%s]" if isinstance(v, list) else "(%s)") % inner
    if isinstance(v, float) and v != v:
        return "nan"
    return "%s:%r" % (type(v).__name__, v)


def main():
    args = sys.argv[1:]
    src = args.pop(0)
    so = args.pop(0) if args and args[0].endswith(".so") else None
    skip, exclude = set(), set()
    while args:
        opt, val = args.pop(0), args.pop(0)
        (skip if opt == "--skip" else exclude).add(val)
    name = os.path.splitext(os.path.basename(src))[0]
    sys.path.insert(0, os.path.dirname(os.path.abspath(src)))
    sys.argv = [src]
    try:
        import numpy as np
    except ImportError:
        np = None
    spec = importlib.util.spec_from_file_location(name, so or src)
    try:  # an extension module runs its code in module_from_spec
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
    except BaseException as e:  # SystemExit too: it is part of the transcript
        print("import raised %s: %s" % (type(e).__name__, e))
        return
    sys.stdout.flush()
    text = open(src, encoding="utf-8").read()
    tree = ast.parse(text)
    random_used = "random" in text
    if not so:
        signal.signal(signal.SIGALRM, on_alarm)
    for fn in tree.body:
        if not isinstance(fn, ast.FunctionDef) or fn.name in exclude:
            continue
        params = fn.args.args
        if fn.args.vararg or fn.args.kwarg or fn.args.kwonlyargs or not all(p.annotation for p in params):
            continue
        makers = [values(p.annotation, np) for p in params]
        if not all(makers):
            continue
        f = getattr(mod, fn.name)
        for k in range(3):
            if "%s:%d" % (fn.name, k) in skip:
                continue
            if so:
                print(call(f, fn.name, k, makers, np, None))
            else:
                # a function drawing from an unseeded generator gives what
                # it likes: seen when another seed changes the transcript
                seen = captured(f, fn.name, k, makers, np, 1)
                if seen and random_used and seen != captured(f, fn.name, k, makers, np, 2):
                    seen = None
                sys.stdout.write(seen if seen else "skip %s:%d\n" % (fn.name, k))
            sys.stdout.flush()


def captured(*args):
    """What call() prints and returns, as text; None if it timed out."""
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        line = call(*args)
    return buf.getvalue() + line + "\n" if line else None


def reseed(seed):
    import random
    random.seed(seed)
    try:
        import numpy
        numpy.random.seed(seed)
    except ImportError:
        pass


def call(f, name, k, makers, np, seed):
    """One call's transcript line; None if CPython ran out of time."""
    argv = [m[(k + i) % len(m)]() for i, m in enumerate(makers)]
    shown = ", ".join(plain(a, np) for a in argv)
    after = True
    try:
        if seed is not None:
            reseed(seed)
            signal.setitimer(signal.ITIMER_REAL, LIMIT)
        try:
            r = f(*argv)
        finally:
            if seed is not None:
                signal.setitimer(signal.ITIMER_REAL, 0)
        out = "-> " + plain(r, np)
    except Timeout:
        return None
    except RecursionError:
        out = "raised RecursionError"  # the message and the state reached depend on the depth
        after = False
    except BaseException as e:  # SystemExit too
        out = "raised %s: %s" % (type(e).__name__, e)
    sys.stdout.flush()
    return "%s(%s) %s; args after: %s" % (name, shown, out,
                                          ", ".join(plain(a, np) for a in argv) if after else "-")

if __name__ == "__main__":
    main()
