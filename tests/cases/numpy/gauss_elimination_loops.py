# Solve a linear system with Gaussian elimination and partial pivoting.
import numpy as np


def solve(a0: "f64[:, :]", b0: "f64[:]") -> "f64[:]":
    a = a0.copy()
    b = b0.copy()
    n = len(b)
    for k in range(n):
        p = k
        for i in range(k + 1, n):
            if abs(a[i, k]) > abs(a[p, k]):
                p = i
        if p != k:
            tmp = a[k].copy()
            a[k] = a[p]
            a[p] = tmp
            t = b[k]
            b[k] = b[p]
            b[p] = t
        for i in range(k + 1, n):
            f = a[i, k] / a[k, k]
            a[i, k:] -= f * a[k, k:]
            b[i] = b[i] - f * b[k]
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        s = b[i]
        for j in range(i + 1, n):
            s -= a[i, j] * x[j]
        x[i] = s / a[i, i]
    return x


def main() -> None:
    a = np.array([[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]])
    b = np.array([8.0, -11.0, -3.0])
    x = solve(a, b)
    print(" ".join([f"{v:.9f}" for v in x]))
    h = np.zeros((5, 5))
    for i in range(5):
        for j in range(5):
            h[i, j] = 1.0 / (i + j + 1)
    y = solve(h, np.ones(5))
    print(" ".join([f"{v:.4f}" for v in y]))


if __name__ == "__main__":
    main()
