"""The same kernels for Pythran with OpenMP (pythran -fopenmp)."""
import numpy as np

#pythran export mandel(int, int, int)
#pythran export triad(float64[:], float64[:], float64[:], float)


def mandel(w, h, iters):
    out = np.zeros((h, w), dtype=np.int32)
    #omp parallel for schedule(dynamic)
    for py in range(h):
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


def triad(a, b, c, s):
    #omp parallel for
    for i in range(a.shape[0]):
        a[i] = b[i] + s * c[i]
