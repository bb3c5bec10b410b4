"""An extension module that uses MPI: what happens at import and at the
call boundary (the differential runs under mpiexec are tests/mpi/module_*)."""
import os
import subprocess
import sys
import textwrap

import pytest

from conftest import KRAIT, ROOT

LIB = "/usr/lib/x86_64-linux-gnu/libmpich.so.12"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """dist_kernels (tests/mpi/lib) built by krait, and the environment in
    which mpi4py's wheel finds MPICH (it loads libmpi.so.12)."""
    if not os.path.exists(LIB):
        pytest.skip("MPICH is not installed")
    out = tmp_path_factory.mktemp("mpimod")
    src = os.path.join(ROOT, "tests", "mpi", "lib", "dist_kernels.py")
    r = subprocess.run([KRAIT, "build", src, "-o", str(out) + "/"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    os.symlink(LIB, out / "libmpi.so.12")
    env = dict(os.environ, PYTHONPATH=str(out), LD_LIBRARY_PATH=str(out))
    r = subprocess.run([sys.executable, "-c", "import mpi4py.MPI"], env=env, capture_output=True)
    if r.returncode != 0:
        pytest.skip("mpi4py is not installed")
    return out, env


def run(built, code, extra_path=None):
    out, env = built
    if extra_path:
        env = dict(env, PYTHONPATH=f"{extra_path}:{env['PYTHONPATH']}")
    r = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], env=env,
                       capture_output=True, text=True, timeout=60)
    return r.returncode, r.stdout, r.stderr


def test_runs_in_a_singleton_world(built):
    rc, out, err = run(built, """
        from mpi4py import MPI
        import numpy as np
        import dist_kernels as dk
        assert dk.__file__.endswith(".so"), dk.__file__
        print(dk.world_size(), dk.norm2(MPI.COMM_WORLD, np.array([3.0, 4.0])),
              dk.norm2(MPI.COMM_SELF, np.array([6.0, 8.0])))
    """)
    assert rc == 0, err
    assert out == "1 5.0 10.0\n"


def test_comm_argument_errors(built):
    rc, out, err = run(built, """
        from mpi4py import MPI
        import numpy as np
        import dist_kernels as dk
        for bad in (3, None, MPI.COMM_NULL):
            try:
                dk.norm2(bad, np.ones(2))
            except (TypeError, ValueError) as e:
                print(type(e).__name__, e)
    """)
    assert rc == 0, err
    assert out.splitlines() == [
        "TypeError norm2() argument 'comm' must be an mpi4py communicator (MPI.Comm), got int",
        "TypeError norm2() argument 'comm' must be an mpi4py communicator (MPI.Comm), got NoneType",
        "ValueError the communicator is MPI.COMM_NULL",
    ]


def test_import_without_mpi4py(built):
    rc, out, err = run(built, """
        import sys
        sys.modules["mpi4py"] = None
        import dist_kernels
    """)
    assert rc == 1
    assert "ImportError: dist_kernels uses MPI through mpi4py, which could not be imported" in err


def test_import_against_another_mpi(built, tmp_path):
    fake = tmp_path / "mpi4py"
    fake.mkdir()
    (fake / "__init__.py").write_text("")
    (fake / "MPI.py").write_text(textwrap.dedent("""
        class Comm: pass
        def Get_library_version(): return "Some Other MPI 9.9"
        def Is_initialized(): return True
    """))
    rc, out, err = run(built, "import dist_kernels", extra_path=tmp_path)
    assert rc == 1
    assert ("ImportError: dist_kernels was built against the MPI library 'MPICH Version:"
            in err), err
    assert "but mpi4py loaded 'Some Other MPI 9.9'" in err


def test_call_after_finalize(built):
    rc, out, err = run(built, """
        from mpi4py import MPI
        import dist_kernels as dk
        MPI.Finalize()
        try:
            dk.world_size()
        except RuntimeError as e:
            print(e)
    """)
    assert rc == 0, err
    assert out == "MPI has been finalized\n"


def test_comm_in_an_export_line(built, tmp_path):
    src = tmp_path / "pexp.py"
    src.write_text(textwrap.dedent("""
        #pythran export norm2(MPI.Comm, float64[])
        from mpi4py import MPI
        import numpy as np


        def norm2(comm, x):
            return comm.allreduce(float(np.sum(x * x)), op=MPI.SUM) ** 0.5
    """).lstrip())
    r = subprocess.run([KRAIT, "build", str(src), "-o", str(tmp_path) + "/"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    rc, out, err = run(built, """
        from mpi4py import MPI
        import numpy as np
        import pexp
        assert pexp.__file__.endswith(".so"), pexp.__file__
        print(pexp.norm2(MPI.COMM_WORLD, np.array([3.0, 4.0])))
    """, extra_path=tmp_path)
    assert rc == 0, err
    assert out == "5.0\n"
