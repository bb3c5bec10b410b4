# np.copy / a.copy of strided views are independent; fill on views writes through.
import numpy as np


def main() -> None:
    a = np.arange(20).reshape((4, 5))
    v = a[::2, 1::2]
    c = np.copy(v)
    d = v.copy()
    c[0, 0] = -1
    d[1, 1] = -2
    print(a)
    print(c, d)
    a[1].fill(7)
    a[:, 4].fill(-3)
    print(a)
    e = a.T.copy()
    e.fill(0)
    print(a.sum(), e.sum())
    f = np.zeros(6)
    f[1:5].fill(2.5)
    f[::5].fill(-1.0)
    print(f)


if __name__ == "__main__":
    main()
