# krait: threads=1,2,3
# The seed example: x[i] = alpha * x[i] over an array, in parallel.
import numpy as np
from krait import prange


def scale(x: "f64[:]", alpha: float) -> None:
    for i in prange(x.shape[0]):
        x[i] = alpha * x[i]


def scale_rows(m: "f64[:, :]", w: "f64[:]") -> None:
    for i in prange(m.shape[0]):
        for j in range(m.shape[1]):
            m[i, j] = m[i, j] * w[i]


if __name__ == "__main__":
    x = np.arange(10.0)
    scale(x, 2.5)
    print(x)
    y = np.linspace(0.0, 1.0, 100001)
    scale(y, -3.0)
    print(y[0], y[50000], y[-1], y.sum())
    m = np.ones((4, 3))
    scale_rows(m, np.array([1.0, 2.0, 3.0, 4.0]))
    print(m)
    v = np.arange(12.0)[::3]   # a strided view
    scale(v, 10.0)
    print(v)
