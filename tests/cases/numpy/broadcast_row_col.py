# Broadcasting a column vector (n, 1) against a row vector (m,).
import numpy as np


def main() -> None:
    col = np.arange(4).reshape((4, 1))
    row = np.arange(3)
    print(col + row)
    print(col * row)
    print(col - row * 10)
    c = np.arange(3.0)[:, None]
    r = np.linspace(0.0, 1.0, 5)
    t = c + r
    print(t)
    print(t.shape, t.ndim, t.size)
    m = np.ones((3, 5)) * r
    print(m)
    print(m - c)
    print(np.zeros((2, 3)) + np.array([1, 2, 3]))


if __name__ == "__main__":
    main()
