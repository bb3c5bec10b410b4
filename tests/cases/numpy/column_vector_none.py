# a[:, None] builds column vectors; outer products and pairwise differences.
import numpy as np


def pairwise_dist(x: "f64[:]") -> "f64[:, :]":
    return np.abs(x[:, None] - x)


def main() -> None:
    x = np.array([0.0, 1.0, 3.0, 6.0])
    print(pairwise_dist(x))
    a = np.arange(1, 5)
    print(a[:, None] * a)
    col = a[:, None]
    print(col, col.shape)
    col[0, 0] = 10
    print(a)
    t = np.linspace(0.0, 1.0, 3)
    print(t[:, None] + t * 10.0)
    print((a[:, None] > a).sum())


if __name__ == "__main__":
    main()
