# Mandelbrot escape counts into an int array, with explicit loops.
import numpy as np


def mandel(h: int, w: int, maxit: int) -> "i64[:, :]":
    out = np.zeros((h, w), dtype=np.int64)
    xs = np.linspace(-2.0, 0.5, w)
    ys = np.linspace(-1.0, 1.0, h)
    for i in range(h):
        for j in range(w):
            cr = xs[j]
            ci = ys[i]
            zr = 0.0
            zi = 0.0
            k = 0
            while k < maxit and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                k += 1
            out[i, j] = k
    return out


def main() -> None:
    m = mandel(11, 24, 30)
    for i in range(m.shape[0]):
        line = ""
        for j in range(m.shape[1]):
            line += "#" if m[i, j] == 30 else "."
        print(line)
    print(m.sum(), m.max(), m.min())
    print(m[5])


if __name__ == "__main__":
    main()
