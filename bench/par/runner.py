"""One timing for bench/parallel.py: python3 runner.py IMPL KERNEL MODDIR.
The thread count comes from OMP_NUM_THREADS / NUMBA_NUM_THREADS. Prints the
best wall time of a few runs after a warm-up."""
import importlib.util
import os
import sys
import time

import numpy as np

impl, kernel, moddir = sys.argv[1], sys.argv[2], sys.argv[3]
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "python"))
if impl == "numba":
    sys.path.insert(0, HERE)
    import kernels_numba as m
else:
    name = {"krait": "kernels_krait", "pythran": "kernels_pythran"}[impl]
    path = [os.path.join(moddir, f) for f in os.listdir(moddir) if f.startswith(name + ".")][0]
    spec = importlib.util.spec_from_file_location(name, path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)

n = 20_000_000
if kernel == "mandel":
    call = lambda: m.mandel(2000, 2000, 200)
elif kernel == "mc_pi":
    call = lambda: m.mc_pi(100_000_000)
else:
    a, b, c = np.zeros(n), np.ones(n), np.full(n, 2.0)
    f = getattr(m, kernel)   # triad (a prange loop) or triad_expr (a[:] = b + s*c)
    call = lambda: f(a, b, c, 3.0)
call()
best = float("inf")
for _ in range(10 if kernel.startswith("triad") else 3):
    t0 = time.perf_counter()
    call()
    best = min(best, time.perf_counter() - t0)
print(f"{best:.6f}")
