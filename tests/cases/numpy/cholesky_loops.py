# Cholesky factorisation of a symmetric positive definite matrix with loops.
import numpy as np


def cholesky(a: "f64[:, :]") -> "f64[:, :]":
    n = a.shape[0]
    l = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1):
            s = a[i, j]
            for k in range(j):
                s -= l[i, k] * l[j, k]
            if i == j:
                l[i, j] = s ** 0.5
            else:
                l[i, j] = s / l[j, j]
    return l


def main() -> None:
    a = np.array([[4.0, 12.0, -16.0], [12.0, 37.0, -43.0], [-16.0, -43.0, 98.0]])
    l = cholesky(a)
    print(l)
    n = 5
    b = np.eye(n) * n
    for i in range(n):
        for j in range(n):
            b[i, j] = b[i, j] + 1.0 / (1 + abs(i - j))
    lb = cholesky(b)
    for i in range(n):
        print(" ".join([f"{lb[i, j]:.6f}" for j in range(n)]))


if __name__ == "__main__":
    main()
