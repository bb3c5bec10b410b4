# krait: threads=1,2,3
# Mandelbrot escape counts, one row per iteration, dynamic schedule.
import numpy as np
from krait import prange


def mandel(w: int, h: int, iters: int) -> "i64[:, :]":
    out = np.zeros((h, w), dtype=np.int64)
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


def inside(counts: "i64[:, :]", iters: int) -> int:
    total = 0
    for y in prange(counts.shape[0]):
        for x in range(counts.shape[1]):
            if counts[y, x] == iters:
                total += 1
    return total


if __name__ == "__main__":
    m = mandel(60, 24, 80)
    print(inside(m, 80), m.sum())
    for row in range(0, 24, 4):
        print("".join(["#" if m[row, c] == 80 else "." for c in range(60)]))
