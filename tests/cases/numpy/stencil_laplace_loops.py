# 5-point Laplacian with explicit loops on a typed 2-D array.
import numpy as np
from krait import f64


def laplace(u: f64[:, :], h: float) -> f64[:, :]:
    n, m = u.shape
    out = np.zeros_like(u)
    for i in range(1, n - 1):
        for j in range(1, m - 1):
            out[i, j] = (u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1] - 4.0 * u[i, j]) / (h * h)
    return out


def main() -> None:
    n = 7
    x = np.linspace(0.0, 1.0, n)
    u = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            u[i, j] = x[i] * x[i] + x[j] * x[j]
    lap = laplace(u, x[1] - x[0])
    print(lap[1:-1, 1:-1].min() > 3.99)
    print(f"{lap[3, 3]:.6f} {lap[1, 5]:.6f}")
    print(lap[0], lap[:, 0])


if __name__ == "__main__":
    main()
