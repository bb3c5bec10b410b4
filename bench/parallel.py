"""Shared-memory parallel kernels: krait's prange against Numba
(parallel=True) and Pythran (OpenMP), at 1 and 2 threads, and the STREAM
triad against C with OpenMP.

    python3 bench/parallel.py [--krait build/krait] [--threads 1,2]

Kernels (bench/par/kernels_*.py, the same loops in each):
  mandel  Mandelbrot 2000x2000, 200 iterations, rows in parallel (dynamic)
  mc_pi   Monte-Carlo pi with 1e8 samples (random draws; not in Pythran)
  triad   a[i] = b[i] + s*c[i] over 2e7 doubles (memory-bound), a prange loop
  triad_expr  the same as the array expression a[:] = b + s*c (krait and
          Numba parallelise it by themselves)
Each timing is a fresh process with OMP_NUM_THREADS (NUMBA_NUM_THREADS for
Numba) set, best of 3 runs (10 for triad) after a warm-up. Numba and
Pythran are skipped when they are not installed."""
import argparse
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAR = os.path.join(ROOT, "bench", "par")
KERNELS = ["mandel", "mc_pi", "triad", "triad_expr"]


def have(mod):
    try:
        __import__(mod)
        return True
    except ImportError:
        return False


def time_one(impl, kernel, moddir, threads):
    env = dict(os.environ, OMP_NUM_THREADS=str(threads), NUMBA_NUM_THREADS=str(threads))
    r = subprocess.run([sys.executable, os.path.join(PAR, "runner.py"), impl, kernel, moddir],
                       capture_output=True, text=True, env=env)
    if r.returncode:
        print(f"  {impl} {kernel}: failed\n{r.stderr[-800:]}", file=sys.stderr)
        return None
    return float(r.stdout.split()[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", default=os.path.join(ROOT, "build", "krait"))
    ap.add_argument("--threads", default="1,2")
    a = ap.parse_args()
    threads = [int(t) for t in a.threads.split(",")]
    tmp = tempfile.mkdtemp()
    subprocess.run([a.krait, "build", os.path.join(PAR, "kernels_krait.py"), "-o", tmp + "/"],
                   check=True)
    impls = ["krait"]
    if have("numba"):
        impls.append("numba")
    if have("pythran"):
        r = subprocess.run([sys.executable, "-m", "pythran.run", "-O3", "-march=native", "-fopenmp",
                            os.path.join(PAR, "kernels_pythran.py"), "-o",
                            os.path.join(tmp, "kernels_pythran.so")], capture_output=True, text=True)
        if r.returncode == 0:
            impls.append("pythran")
        else:
            print("pythran build failed:\n" + r.stderr[-800:], file=sys.stderr)
    times = {}
    for kernel in KERNELS:
        for impl in impls:
            if impl == "pythran" and kernel in ("mc_pi", "triad_expr"):
                continue
            for t in threads:
                times[impl, kernel, t] = time_one(impl, kernel, tmp, t)
    c = subprocess.run(["cc", "-O3", "-march=native", "-fopenmp", os.path.join(PAR, "triad_omp.c"),
                        "-o", os.path.join(tmp, "triad_omp")], capture_output=True, text=True)
    for t in threads:
        if c.returncode == 0:
            out = subprocess.run([os.path.join(tmp, "triad_omp")], capture_output=True, text=True,
                                 env=dict(os.environ, OMP_NUM_THREADS=str(t))).stdout
            times["C", "triad", t] = float(out.split()[0])
    print(f"{'kernel':8} {'impl':8} " + " ".join(f"{str(t) + ' thr (s)':>12}" for t in threads)
          + "   notes")
    for kernel in KERNELS:
        for impl in impls + (["C"] if kernel == "triad" else []):
            row = [times.get((impl, kernel, t)) for t in threads]
            if all(v is None for v in row):
                continue
            cells = " ".join(f"{v:12.4f}" if v else f"{'-':>12}" for v in row)
            notes = []
            if len(threads) > 1 and row[0] and row[-1]:
                notes.append(f"speed-up {row[0] / row[-1]:.2f}x on {threads[-1]} threads")
            c_triad = times.get(("C", "triad", threads[-1]))
            if kernel.startswith("triad") and row[-1]:
                notes.append(f"{3 * 8 * 2e7 / row[-1] / 1e9:.1f} GB/s")
                if c_triad and impl != "C":
                    notes.append(f"{c_triad / row[-1]:.0%} of C's bandwidth")
            k = times.get(("krait", kernel, threads[-1]))
            if impl != "krait" and k and row[-1]:
                notes.append(f"krait/{impl} {k / row[-1]:.2f}")
            print(f"{kernel:8} {impl:8} {cells}   {', '.join(notes)}")


if __name__ == "__main__":
    main()
