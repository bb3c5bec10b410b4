# krait: threads=1,2,3
# Jacobi steps of a 2-D 5-point stencil, rows in parallel.
import numpy as np
from krait import prange


def jacobi(u: "f64[:, :]", out: "f64[:, :]") -> None:
    n = u.shape[0]
    m = u.shape[1]
    for i in prange(1, n - 1):
        for j in range(1, m - 1):
            out[i, j] = 0.25 * (u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1])


def run(n: int, steps: int) -> "f64[:, :]":
    u = np.zeros((n, n))
    u[0, :] = 1.0
    v = u.copy()
    for _ in range(steps):
        jacobi(u, v)
        u, v = v, u
    return u


if __name__ == "__main__":
    u = run(40, 50)
    print(u[1, 1:6])
    print(u[20, 20], u.sum())
