"""prange in extension modules: results, errors, GIL release, OMP_NUM_THREADS."""
import os
import subprocess
import sys
import threading

import numpy as np
import pytest

from conftest import HERE, build, load


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build("parallel_kernels", tmp_path_factory.mktemp("ext"))[0]


@pytest.fixture(scope="module")
def mods(built):
    return load(built, "parallel_kernels"), load(HERE + "/parallel_kernels.py", "parallel_kernels_py")


def test_results_match_cpython(mods):
    ext, py = mods
    assert ext.psum(100000) == py.psum(100000)
    a, b = np.zeros(300), np.zeros(300)
    assert ext.busy(50, a) == py.busy(50, b)   # exact: every term is a multiple of 0.5
    assert np.array_equal(a, b)


def test_error_in_iteration_is_raised_once(mods):
    ext, py = mods
    for mod in (ext, py):
        with pytest.raises(ValueError, match="^iteration 777 failed$"):
            mod.fail_at(100000, 777)
    assert ext.fail_at(1000, -1) == 1000


def test_two_python_threads_run_parallel_functions(mods):
    ext, _ = mods
    want = ext.psum(2_000_000)
    got, errors = [], []

    def work():
        try:
            for _ in range(5):
                got.append(ext.psum(2_000_000))
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    ts = [threading.Thread(target=work) for _ in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert not errors and got == [want] * 15


@pytest.mark.parametrize("n", ["1", "2", "3"])
def test_omp_num_threads_is_respected(built, n):
    code = ("import importlib.util, sys; s = importlib.util.spec_from_file_location("
            "'parallel_kernels', sys.argv[1]); m = importlib.util.module_from_spec(s); "
            "s.loader.exec_module(m); print(m.threads())")
    r = subprocess.run([sys.executable, "-c", code, str(built)], capture_output=True, text=True,
                       env=dict(os.environ, OMP_NUM_THREADS=n))
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == n
