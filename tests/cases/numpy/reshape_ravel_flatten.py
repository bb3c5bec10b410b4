# reshape, np.reshape, ravel, flatten: views vs copies.
import numpy as np


def main() -> None:
    a = np.arange(12)
    b = a.reshape((3, 4))
    print(b)
    c = np.reshape(a, (2, 6))
    print(c)
    d = a.reshape((2, 3, 2))
    print(d)
    b[0, 0] = 100
    print(a[0], c[0, 0], d[0, 0, 0])
    r = b.ravel()
    print(r)
    f = b.flatten()
    f[1] = -7
    print(f[1], b[0, 1])
    t = b.T
    print(t.ravel())
    print(t.flatten())
    print(b.reshape(12))
    print(b.reshape((4, 3)).T)
    print(np.arange(6.0).reshape((6, 1)).ravel())


if __name__ == "__main__":
    main()
