# Matrix-vector and matrix-matrix products written as loops.
import numpy as np


def matvec(a: "f64[:, :]", x: "f64[:]") -> "f64[:]":
    n, m = a.shape
    y = np.zeros(n)
    for i in range(n):
        s = 0.0
        for j in range(m):
            s += a[i, j] * x[j]
        y[i] = s
    return y


def matmul(a: "f64[:, :]", b: "f64[:, :]") -> "f64[:, :]":
    n, k = a.shape
    m = b.shape[1]
    c = np.zeros((n, m))
    for i in range(n):
        for j in range(m):
            for p in range(k):
                c[i, j] = c[i, j] + a[i, p] * b[p, j]
    return c


def main() -> None:
    a = np.arange(12.0).reshape((3, 4))
    x = np.array([1.0, -1.0, 0.5, 2.0])
    print(matvec(a, x))
    print(matvec(a.T, np.ones(3)))
    print(matmul(a, a.T))
    print(matmul(np.eye(3), a))
    print(np.dot(a[1], x))


if __name__ == "__main__":
    main()
