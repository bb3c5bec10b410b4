"""The same kernels for Numba, parallel=True."""
import numpy as np
from numba import njit, prange


@njit(parallel=True, cache=True)
def mandel(w, h, iters):
    out = np.zeros((h, w), dtype=np.int32)
    for py in prange(h):
        ci = -1.2 + 2.4 * py / h
        for px in range(w):
            cr = -2.1 + 3.0 * px / w
            zr = 0.0
            zi = 0.0
            n = 0
            while n < iters and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            out[py, px] = n
    return out


@njit(parallel=True, cache=True)
def mc_pi(n):
    inside = 0
    for i in prange(n):
        x = np.random.random()
        y = np.random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / n


@njit(parallel=True, cache=True)
def triad(a, b, c, s):
    for i in prange(a.shape[0]):
        a[i] = b[i] + s * c[i]


@njit(parallel=True, cache=True)
def triad_expr(a, b, c, s):
    a[:] = b + s * c
