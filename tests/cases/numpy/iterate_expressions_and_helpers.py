# Iterating over array expressions, zip of 2-D arrays, recursion with arrays, chained ufuncs.
import numpy as np


def twice(a: "f64[:, :]") -> "f64[:, :]":
    return a * 2.0


def rec(a: "i64[:]", n: int) -> int:
    if n == 0:
        return a[0]
    return a[n] + rec(a, n - 1)


def main() -> None:
    a = np.arange(6.0).reshape((2, 3))
    for r in a * 2:
        print(r)
    for r, s in zip(a, twice(a)):
        print(r + s)
    for i, v in enumerate(a[1, ::-1]):
        print(i, v)
    print(twice(twice(a)).sum(), rec(np.arange(10), 9))
    t = (a, a.T)
    print(t[1].shape)
    x, y = np.zeros(2), np.ones(3)
    print(x, y)
    z = np.sqrt(a) + np.exp(-a) * np.sin(a) - np.cos(a) / (1.0 + a)
    print(z)
    print(np.tanh(a * 0.1).max() < 1.0, np.hypot(a, a)[1])
    b = a.copy()
    b[b.shape[0] - 1, b.shape[1] - 1] = 100.0
    print(b, a.size * 2)


if __name__ == "__main__":
    main()
