"""Parallel kernels for bench/parallel.py, written for krait (prange)."""
import random

import numpy as np
from krait import prange


def mandel(w: int, h: int, iters: int) -> "i32[:, :]":
    out = np.zeros((h, w), dtype=np.int32)
    for py in prange(h, schedule="dynamic"):
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


def mc_pi(n: int) -> float:
    inside = 0
    for i in prange(n):
        x = random.random()
        y = random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / n


def triad(a: "f64[:]", b: "f64[:]", c: "f64[:]", s: float) -> None:
    for i in prange(a.shape[0]):
        a[i] = b[i] + s * c[i]


def triad_expr(a: "f64[:]", b: "f64[:]", c: "f64[:]", s: float) -> None:
    a[:] = b + s * c     # a fused array expression, parallel by itself
