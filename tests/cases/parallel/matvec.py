# krait: threads=1,2,3
# Matrix-vector product: one row per iteration, a private accumulator.
import numpy as np
from krait import prange


def matvec(a: "f64[:, :]", x: "f64[:]", y: "f64[:]") -> None:
    for i in prange(a.shape[0]):
        s = 0.0
        for j in range(a.shape[1]):
            s += a[i, j] * x[j]
        y[i] = s


if __name__ == "__main__":
    a = np.arange(12.0).reshape(3, 4)
    y = np.zeros(3)
    matvec(a, np.array([1.0, 0.5, -1.0, 2.0]), y)
    print(y)
    big = np.ones((300, 200)) * 0.25
    yb = np.zeros(300)
    matvec(big, np.arange(200.0), yb)
    print(yb[:3], yb.sum())
    at = a.T.copy()
    y2 = np.zeros(4)
    matvec(at, np.array([1.0, 1.0, 1.0]), y2)
    print(y2)
