# numpy arrays: creation, printing, views, element-wise expressions, reductions.
import numpy as np


def lap(u: "f64[:, :]") -> "f64[:, :]":
    n, m = u.shape
    out = np.zeros((n, m))
    for i in range(1, n - 1):
        for j in range(1, m - 1):
            out[i, j] = u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1] - 4.0 * u[i, j]
    return out


def main() -> None:
    a = np.arange(12).reshape((3, 4))
    print(a)
    print(a.shape, a.ndim, a.size, len(a))
    b = a * 2 + 1
    print(b)
    c = np.linspace(0.0, 1.0, 5)
    print(c, c.sum(), np.sum(c * c))
    u = np.ones((4, 5))
    u[1:3, 1:4] = 2.5
    print(u)
    print(lap(u))
    x = np.array([1.5, -2.0, 3.25])
    print(np.sqrt(np.abs(x)), x.max(), x.min(), x.mean())
    x[1:] = x[:-1] + 1
    print(x)
    for v in x:
        print(v)
    print(a[1], a[:, 2], a.T)


if __name__ == "__main__":
    main()
