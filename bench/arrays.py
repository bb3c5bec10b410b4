#!/usr/bin/env python3
"""numpy kernels: krait against NumPy, Numba, Pythran and hand-written C in
one run (issue 3's targets). Usage: python3 bench/arrays.py [--krait PATH]

  stencil  5-point Laplacian with explicit loops, 2000x2000 (krait, Numba,
           Pythran, C; NumPy with slices)
  fused    out[:] = a*b + c*d - e on 10^7 float64 (krait, NumPy)
  triad    out[:] = b + s*c (STREAM triad; krait vs C gives the bandwidth
           fraction)
  sum      np.sum(a*b) against np.dot(a, b), 10^7 elements
  matmul   1000x1000 @ 1000x1000 (both call BLAS)
Numba and Pythran are used when importable (pip install numba pythran).
"""
import argparse
import importlib
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPS = 5


def best_of(f, reps=REPS):
    f()
    ts = []
    for _ in range(reps):
        t = time.perf_counter()
        f()
        ts.append(time.perf_counter() - t)
    return min(ts)


def run_krait(krait):
    exe = os.path.join(tempfile.mkdtemp(), "kernels_np")
    subprocess.run([krait, "build", "--exe", os.path.join(ROOT, "bench", "kernels_np.py"), "-o", exe],
                   check=True)
    out = subprocess.run([exe, "all", str(REPS)], capture_output=True, text=True, check=True).stdout
    return {line.split()[0]: float(line.split()[1]) for line in out.splitlines()}


def run_c():
    exe = os.path.join(tempfile.mkdtemp(), "arrays_c")
    subprocess.run(["cc", "-O3", "-march=native", "-ffp-contract=off", "-o", exe,
                    os.path.join(ROOT, "bench", "c", "arrays.c")], check=True)
    out = subprocess.run([exe, str(REPS)], capture_output=True, text=True, check=True).stdout
    return {line.split()[0]: float(line.split()[1]) for line in out.splitlines()}


def numpy_times():
    n = 10_000_000
    a = np.linspace(0.0, 1.0, n)
    b, c = a * 0.5 + 1.0, a * a
    d, e = b - a, c + 0.25
    out = np.zeros(n)
    u, w = np.ones((2000, 2000)), np.zeros((2000, 2000))
    x = np.linspace(0.0, 1.0, 1_000_000).reshape((1000, 1000))
    y = x.T.copy()

    def stencil():
        w[1:-1, 1:-1] = u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:] - 4.0 * u[1:-1, 1:-1]

    def fused():
        out[:] = a * b + c * d - e

    def triad():
        out[:] = b + 3.0 * c

    return {"stencil": best_of(stencil), "fused": best_of(fused), "triad": best_of(triad),
            "sum_prod": best_of(lambda: np.sum(a * b)), "dot": best_of(lambda: np.dot(a, b)),
            "matmul": best_of(lambda: x @ y, 3)}


STENCIL_SRC = '''
def laplace_loops(u, out):
    n, m = u.shape
    for i in range(1, n - 1):
        for j in range(1, m - 1):
            out[i, j] = u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1] - 4.0 * u[i, j]
'''


def numba_times():
    try:
        import numba
    except ImportError:
        return None
    ns = {}
    exec(STENCIL_SRC, ns)
    f = numba.njit(ns["laplace_loops"])
    u, w = np.ones((2000, 2000)), np.zeros((2000, 2000))
    return {"stencil": best_of(lambda: f(u, w))}


def pythran_times():
    try:
        import pythran  # noqa: F401
    except ImportError:
        return None
    d = tempfile.mkdtemp()
    src = os.path.join(d, "pyth_stencil.py")
    with open(src, "w") as fh:
        fh.write("#pythran export laplace_loops(float64[:,:], float64[:,:])\n" + STENCIL_SRC)
    r = subprocess.run([sys.executable, "-m", "pythran.run", "-O3", "-march=native", src, "-o",
                        os.path.join(d, "pyth_stencil.so")], capture_output=True, text=True)
    if r.returncode:
        r = subprocess.run(["pythran", "-O3", "-march=native", src], cwd=d, capture_output=True,
                           text=True)
    if r.returncode:
        print("pythran failed:", r.stderr[-300:], file=sys.stderr)
        return None
    sys.path.insert(0, d)
    mod = importlib.import_module("pyth_stencil")
    u, w = np.ones((2000, 2000)), np.zeros((2000, 2000))
    return {"stencil": best_of(lambda: mod.laplace_loops(u, w))}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", default=os.path.join(ROOT, "build", "krait"))
    a = ap.parse_args()
    k, c, npy = run_krait(a.krait), run_c(), numpy_times()
    nb, pt = numba_times(), pythran_times()
    print(f"{'kernel':<10} {'krait (s)':>10} {'C':>9} {'NumPy':>9} {'Numba':>9} {'Pythran':>9}   notes")
    def cell(d, key):
        return f"{d[key]:9.4f}" if d and key in d else f"{'-':>9}"
    notes = {
        "stencil": f"krait/C {k['stencil'] / c['stencil']:.2f}, krait/Numba "
                   f"{k['stencil'] / nb['stencil']:.2f}" if nb else "",
        "fused": f"NumPy/krait {npy['fused'] / k['fused']:.2f}, "
                 f"{6 * 8 * 1e7 / k['fused'] / 1e9:.1f} GB/s",
        "triad": f"krait reaches {c['triad'] / k['triad']:.0%} of C's triad bandwidth "
                 f"({3 * 8 * 1e7 / c['triad'] / 1e9:.1f} GB/s)",
        "sum_prod": f"np.sum(a*b) / np.dot: krait {k['sum_prod'] / k['dot']:.2f}, "
                    f"vs NumPy's dot {k['sum_prod'] / npy['dot']:.2f}",
        "matmul": f"krait/NumPy {k['matmul'] / npy['matmul']:.2f}",
    }
    for key in ["stencil", "fused", "triad", "sum_prod", "dot", "matmul"]:
        if pt and key == "stencil":
            notes["stencil"] += f", krait/Pythran {k['stencil'] / pt['stencil']:.2f}"
        print(f"{key:<10} {k[key]:10.4f} {cell(c, key)} {cell(npy, key)} {cell(nb, key)} "
              f"{cell(pt, key)}   {notes.get(key, '')}")


if __name__ == "__main__":
    main()
