"""The compiled extension module against the same module run by CPython."""
import resource
import subprocess
import sys
import sysconfig
import threading
import time

import numpy as np
import pytest

from conftest import KRAIT, HERE, build, load

SRC = HERE + "/scalar_kernels.py"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from pathlib import Path
    return Path(build("scalar_kernels", tmp_path_factory.mktemp("ext"))[0])


@pytest.fixture(scope="module")
def mods(built):
    return load(str(built), "scalar_kernels"), load(SRC, "scalar_kernels_py")


def outcome(f, *args, **kw):
    try:
        return ("ok", type(r := f(*args, **kw)).__name__, r)
    except Exception as e:  # the type and the message must match
        return ("raised", type(e).__name__, str(e))


CALLS = [
    ("collatz_len", (27,), {}), ("collatz_len", (1,), {}), ("collatz_len", (), {"n": 97}),
    ("collatz_len", (np.int32(27),), {}), ("collatz_len", (True,), {}),
    ("hyp", (3, 4), {}), ("hyp", (1.5,), {"y": 2.0}), ("hyp", (np.float64(0.1), np.int64(7)), {}),
    ("hyp", (float("inf"), 1.0), {}), ("hyp", (float("nan"), 1.0), {}),
    ("scaled", (1.0,), {}), ("scaled", (1,), {"neg": True, "k": 3}), ("scaled", (2.5, 4, False, 1e300), {}),
    ("floor_div", (7, -2), {}), ("floor_div", (-7, 2), {}), ("floor_div", (1, 0), {}),
    ("floor_div", (-2**63, 1), {}),
    ("is_even", (10,), {}), ("is_even", (-3,), {}),
    ("checked", (False, 5), {}), ("checked", (False, -1), {}), ("checked", (np.False_, 2), {}),
    ("log_of", (1.0,), {}), ("log_of", (0.0,), {}), ("log_of", (-1.0,), {}),
    # binding errors: CPython's own messages
    ("hyp", (1,), {}), ("hyp", (1, 2, 3), {}), ("hyp", (1,), {"x": 2}), ("hyp", (1, 2), {"z": 2}),
    ("collatz_len", (), {}),
]


@pytest.mark.parametrize("name,args,kw", CALLS, ids=[f"{c[0]}-{i}" for i, c in enumerate(CALLS)])
def test_same_as_cpython(mods, name, args, kw):
    ext, py = mods
    got, want = outcome(getattr(ext, name), *args, **kw), outcome(getattr(py, name), *args, **kw)
    if want[1] == "float" and got[1] == "float" and want[2] != want[2]:
        assert got[2] != got[2]  # both NaN
    else:
        assert got == want


BAD = [
    ("collatz_len", (2.5,), "collatz_len() argument 'n' must be int, got float"),
    ("collatz_len", (None,), "collatz_len() argument 'n' must be int, got NoneType"),
    ("collatz_len", ("3",), "collatz_len() argument 'n' must be int, got str"),
    ("collatz_len", ([3],), "collatz_len() argument 'n' must be int, got list"),
    ("collatz_len", (np.float64(3.0),), "collatz_len() argument 'n' must be int, got numpy.float64"),
    ("hyp", ("a", 1.0), "hyp() argument 'x' must be float, got str"),
    ("hyp", (1.0, None), "hyp() argument 'y' must be float, got NoneType"),
    ("hyp", (1.0, 2j), "hyp() argument 'y' must be float, got complex"),
    ("checked", (None, 1), "checked() argument 'flag' must be bool, got NoneType"),
    ("checked", ("yes", 1), "checked() argument 'flag' must be bool, got str"),
    ("scaled", (1.0, 2.0), "scaled() argument 'k' must be int, got float"),
]


@pytest.mark.parametrize("name,args,msg", BAD, ids=[f"{b[0]}-{i}" for i, b in enumerate(BAD)])
def test_bad_arguments_name_the_parameter(mods, name, args, msg):
    with pytest.raises(TypeError) as e:
        getattr(mods[0], name)(*args)
    assert str(e.value) == msg


def test_int_out_of_range(mods):
    with pytest.raises(OverflowError, match="collatz_len\\(\\) argument 'n'"):
        mods[0].collatz_len(2**64)


def test_exports_and_docstrings(mods):
    ext = mods[0]
    assert ext.collatz_len.__doc__ == mods[1].collatz_len.__doc__
    assert ext.hyp.__doc__ is None
    import inspect
    for name in ("collatz_len", "hyp", "scaled", "checked"):
        params = [inspect.signature(getattr(m, name)).parameters.values() for m in mods]
        assert [(p.name, p.default, p.kind) for p in params[0]] == \
            [(p.name, p.default, p.kind) for p in params[1]]
    assert not hasattr(ext, "_helper")  # unannotated helpers stay internal


def test_module_constants_are_attributes(mods):
    ext, py = mods
    for name in ("SCALE", "RATE", "LABEL", "DEBUG"):
        assert (type(getattr(ext, name)), getattr(ext, name)) == (type(getattr(py, name)), getattr(py, name))
    assert not hasattr(ext, "ONLY_AS_SCRIPT") and not hasattr(py, "ONLY_AS_SCRIPT")


def test_import_runs_module_code_and_prints_in_order(built):
    code = ("import sys; sys.path.insert(0, %r); import scalar_kernels as k; "
            "k.checked(True, 4); print('after')" % str(built.parent))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout == "scalar_kernels imported\nchecked 4\nafter\n"


def test_gil_released(mods):
    """Python code runs in the middle of a long compiled call."""
    ext = mods[0]
    stamps, done = [], threading.Event()

    def ticker():
        while not done.is_set():
            stamps.append(time.perf_counter())
            time.sleep(0.001)

    t = threading.Thread(target=ticker)
    t.start()
    time.sleep(0.01)
    t0 = time.perf_counter()
    total = ext.busy(3_000_000)
    t1 = time.perf_counter()
    done.set()
    t.join()
    assert total == ext.busy(3_000_000)
    lo, hi = t0 + 0.25 * (t1 - t0), t0 + 0.75 * (t1 - t0)
    assert any(lo < s < hi for s in stamps)


def test_two_threads_compute_independently(mods):
    ext, results = mods[0], {}

    def work(i):
        results[i] = ext.busy(200_000 + i)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == {i: ext.busy(200_000 + i) for i in range(4)}


def test_deep_recursion_raises_on_every_thread(mods):
    """The recursion guard works on the interpreter's threads too: no crash."""
    ext, seen = mods[0], []
    assert ext.depth(5000) == 5000

    def deep():
        try:
            ext.depth(10**9)
        except RecursionError:
            seen.append(threading.current_thread().name)

    deep()
    t = threading.Thread(target=deep, name="worker")
    t.start()
    t.join()
    assert seen == ["MainThread", "worker"]


def test_memory_flat_across_calls(mods):
    ext = mods[0]

    def burst():
        for i in range(100_000):
            ext.hyp(i, 1.0)
            try:
                ext.floor_div(i, 0)
            except ZeroDivisionError:
                pass
            try:
                ext.collatz_len(None)
            except TypeError:
                pass

    burst()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    burst()
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert after - before < 1024  # KiB: a leak of even 16 bytes a call would show


def test_build_errors(tmp_path):
    r = subprocess.run([KRAIT, "build", SRC, "--python", "/nonexistent/python"],
                       capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode != 0 and "cannot ask '/nonexistent/python'" in r.stderr


def test_output_file_name(tmp_path):
    dest = tmp_path / "sub" / ("scalar_kernels" + sysconfig.get_config_var("EXT_SUFFIX"))
    (tmp_path / "sub").mkdir()
    subprocess.run([KRAIT, "build", SRC, "-o", str(dest)], check=True)
    assert load(str(dest), "scalar_kernels").hyp(6, 8) == 10.0
