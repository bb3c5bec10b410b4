"""Numerical kernels, written as plain Python and numpy.

Run as Python, or compile with `krait build examples/kernels.py -o build/`
and import the result in its place: `python3 examples/use_kernels.py`
shows both side by side."""
import math

import numpy as np

ALPHA = 0.1          # diffusion coefficient of heat_step
BINS = 16            # default number of histogram bins


def heat_step(u: "f64[:, :]", out: "f64[:, :]", alpha: float = ALPHA) -> None:
    """One explicit step of the 2-D heat equation (5-point stencil)."""
    n, m = u.shape[0], u.shape[1]
    for i in range(1, n - 1):
        for j in range(1, m - 1):
            lap = u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1] - 4.0 * u[i, j]
            out[i, j] = u[i, j] + alpha * lap


def heat(u: "f64[:, :]", steps: int) -> "f64[:, :]":
    """`steps` steps of heat_step; returns a new array, u is left alone."""
    a = u.copy()
    b = u.copy()
    for _ in range(steps):
        heat_step(a, b, ALPHA)
        a, b = b, a
    return a


def pairwise_dist(x: "f64[:, :]") -> "f64[:, :]":
    """Euclidean distances between the rows of x."""
    n = x.shape[0]
    d = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            s = 0.0
            for k in range(x.shape[1]):
                t = x[i, k] - x[j, k]
                s += t * t
            d[i, j] = math.sqrt(s)
            d[j, i] = d[i, j]
    return d


def histogram(xs: "f64[:]", lo: float, hi: float, bins: int = BINS) -> "i64[:]":
    """Counts of xs in `bins` equal bins over [lo, hi); others are dropped."""
    counts = np.zeros(bins, dtype=np.int64)
    width = (hi - lo) / bins
    for i in range(xs.shape[0]):
        k = int((xs[i] - lo) // width)
        if 0 <= k < bins:
            counts[k] += 1
    return counts


def mean_std(xs: list[float]) -> tuple[float, float]:
    """Mean and population standard deviation of a list."""
    if len(xs) == 0:
        raise ValueError("mean_std() of an empty list")
    m = sum(xs) / len(xs)
    v = 0.0
    for x in xs:
        v += (x - m) * (x - m)
    return m, math.sqrt(v / len(xs))


def horner(coeffs: list[float], x: float) -> float:
    """The polynomial coeffs[0] + coeffs[1] x + ... at x."""
    r = 0.0
    for c in reversed(coeffs):
        r = r * x + c
    return r


def mandel(w: int, h: int, iters: int) -> "i32[:, :]":
    """Escape counts of the Mandelbrot set on a w x h grid."""
    out = np.zeros((h, w), dtype=np.int32)
    for py in range(h):
        ci = -1.2 + 2.4 * py / h
        for px in range(w):
            cr = -2.0 + 3.0 * px / w
            zr, zi, n = 0.0, 0.0, 0
            while n < iters and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            out[py, px] = n
    return out


#pythran export clip_sum(float64[:], float, float)
#pythran export clip_sum(int64[:], int, int)
def clip_sum(a, lo, hi):
    """Sum of a with each element clipped to [lo, hi] (float or int arrays)."""
    s = a[0] - a[0]
    for i in range(a.shape[0]):
        s += min(max(a[i], lo), hi)
    return s
