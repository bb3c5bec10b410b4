"""MPI: krait executables against hand-written C and mpi4py under CPython.

    python3 bench/mpi.py [--krait build/krait] [--ranks 2]

- allreduce of one float (best time per call over 20000 calls) and
  Allreduce of 1e6 doubles (per call over 10), the slowest rank's time,
  best of 5 trials;
- start-up: wall time of `mpiexec -n 4` running a hello program, as a
  krait executable and as `python3 hello.py` with mpi4py.
The mpi4py wheel loads libmpi.so.12; on Debian's MPICH this script links
it to libmpich.so.12 in a temporary directory (as tests/run_tests.py does)."""
import argparse
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HERE = os.path.join(ROOT, "bench", "mpi")


def env_with_libmpi(tmp):
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "python"))
    lib = "/usr/lib/x86_64-linux-gnu/libmpich.so.12"
    if os.path.exists(lib):
        os.symlink(lib, os.path.join(tmp, "libmpi.so.12"))
        env["LD_LIBRARY_PATH"] = tmp + (":" + env["LD_LIBRARY_PATH"] if env.get("LD_LIBRARY_PATH") else "")
    return env


def run(cmd, env):
    r = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if r.returncode:
        sys.exit(f"{' '.join(cmd)} failed:\n{r.stderr[-1000:]}")
    return r.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", default=os.path.join(ROOT, "build", "krait"))
    ap.add_argument("--ranks", default="2")
    a = ap.parse_args()
    tmp = tempfile.mkdtemp()
    env = env_with_libmpi(tmp)
    exe, hello, cexe = (os.path.join(tmp, n) for n in ("allreduce", "hello", "allreduce_c"))
    run([a.krait, "build", "--exe", os.path.join(HERE, "allreduce_krait.py"), "-o", exe], env)
    run([a.krait, "build", "--exe", os.path.join(HERE, "hello.py"), "-o", hello], env)
    run(["mpicc", "-O3", "-march=native", os.path.join(HERE, "allreduce_c.c"), "-o", cexe], env)
    launch = ["mpiexec", "-n", a.ranks]
    args = ["20000", "1000000"]
    rows = {"krait": run(launch + [exe] + args, env),
            "C": run(launch + [cexe] + args, env),
            "mpi4py": run(launch + [sys.executable, os.path.join(HERE, "allreduce_krait.py")] + args,
                          env)}
    t = {k: [float(x) for x in v.split()[:2]] for k, v in rows.items()}
    print(f"{a.ranks} ranks        allreduce(float) (us)   Allreduce(1e6 doubles) (us)")
    for k in ("krait", "C", "mpi4py"):
        print(f"{k:16} {t[k][0]:20.3f} {t[k][1]:26.1f}")
    print(f"krait/C: {t['krait'][0] / t['C'][0]:.2f} (scalar), {t['krait'][1] / t['C'][1]:.2f} "
          f"(array); mpi4py/krait: {t['mpi4py'][0] / t['krait'][0]:.1f}x, "
          f"{t['mpi4py'][1] / t['krait'][1]:.2f}x")
    for label, cmd in (("krait hello", ["mpiexec", "-n", "4", hello]),
                       ("python3 hello.py", ["mpiexec", "-n", "4", sys.executable,
                                             os.path.join(HERE, "hello.py")])):
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            run(cmd, env)
            best = min(best, time.perf_counter() - t0)
        print(f"start-up, 4 ranks, {label}: {best:.3f} s")


if __name__ == "__main__":
    main()
