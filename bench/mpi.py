"""MPI: krait executables against hand-written C and mpi4py under CPython.

    python3 bench/mpi.py [--krait build/krait] [--ranks 2]

- allreduce of one float (best time per call over 20000 calls) and
  Allreduce of 1e6 doubles (per call over 10), the slowest rank's time,
  best of 5 trials within a run; the median over --runs runs, which
  alternate between krait, C and mpi4py;
- start-up: wall time of `mpiexec -n 4` running a hello program, as a
  krait executable and as `python3 hello.py` with mpi4py;
- weak scaling of a 2-D heat stencil with halo exchange (heat2d.py; each
  rank owns an N x M block) at 1, 2 and 4 ranks: krait, the same in C
  (heat2d_c.c) and CPython with mpi4py + numpy; time per step of the
  slowest rank, best of 3 runs, OMP_NUM_THREADS=1 (one core per rank).
  With more ranks than cores the ranks share cores: efficiency then
  measures the machine, not the code.
The mpi4py wheel loads libmpi.so.12; on Debian's MPICH this script links
it to libmpich.so.12 in a temporary directory (as tests/run_tests.py does)."""
import argparse
import os
import statistics
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
    ap.add_argument("--runs", type=int, default=5, help="runs of each allreduce program")
    ap.add_argument("--heat", default="512,1024,100", help="N,M,STEPS per rank")
    ap.add_argument("--heat-ranks", default="1,2,4")
    a = ap.parse_args()
    tmp = tempfile.mkdtemp()
    env = env_with_libmpi(tmp)
    exe, hello, cexe = (os.path.join(tmp, n) for n in ("allreduce", "hello", "allreduce_c"))
    run([a.krait, "build", "--exe", os.path.join(HERE, "allreduce_krait.py"), "-o", exe], env)
    run([a.krait, "build", "--exe", os.path.join(HERE, "hello.py"), "-o", hello], env)
    run(["mpicc", "-O3", "-march=native", os.path.join(HERE, "allreduce_c.c"), "-o", cexe], env)
    launch = ["mpiexec", "-n", a.ranks]
    args = ["20000", "1000000"]
    progs = {"krait": [exe], "C": [cexe],
             "mpi4py": [sys.executable, os.path.join(HERE, "allreduce_krait.py")]}
    runs = {k: [] for k in progs}
    for _ in range(a.runs):   # interleaved, so that a noisy moment hits all three
        for k, cmd in progs.items():
            runs[k].append([float(x) for x in run(launch + cmd + args, env).split()[:2]])
    # the median over runs of each run's best (each run: best of 5 trials)
    t = {k: [statistics.median(r[i] for r in v) for i in range(2)] for k, v in runs.items()}
    print(f"medians of {a.runs} runs")
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
    heat_scaling(a, tmp, env)


def heat_scaling(a, tmp, env):
    env = dict(env, OMP_NUM_THREADS="1")
    src = os.path.join(HERE, "heat2d.py")
    exe, cexe = os.path.join(tmp, "heat2d"), os.path.join(tmp, "heat2d_c")
    run([a.krait, "build", "--exe", src, "-o", exe], env)
    run(["mpicc", "-O3", "-march=native", os.path.join(HERE, "heat2d_c.c"), "-o", cexe], env)
    args = a.heat.split(",")
    progs = {"krait": [exe], "C": [cexe], "mpi4py+numpy": [sys.executable, src]}
    print(f"\nheat2d weak scaling, {args[0]}x{args[1]} cells per rank, {args[2]} steps "
          f"(ms per step; efficiency = t(1 rank) / t(R ranks))")
    print(f"{'ranks':>5} " + "".join(f"{k:>22}" for k in progs) + f"{'krait/C':>9}")
    first = {}
    for r in a.heat_ranks.split(","):
        row, sums = {}, set()
        for k, cmd in progs.items():
            best = float("inf")
            for _ in range(3):
                ms, total = run(["mpiexec", "-n", r] + cmd + args, env).split()
                best = min(best, float(ms))
                sums.add(total)
            row[k] = best
            first.setdefault(k, best)
        if len(sums) != 1:
            sys.exit(f"heat2d: the implementations disagree at {r} ranks: {sorted(sums)}")
        cells = "".join(f"{row[k]:>12.3f} ({first[k] / row[k]:4.0%})" for k in progs)
        print(f"{r:>5} {cells}{row['krait'] / row['C']:>9.2f}")


if __name__ == "__main__":
    main()
