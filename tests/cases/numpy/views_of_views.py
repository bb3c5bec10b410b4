# Chains of views: slices of slices, rows of transposes, writes through all of them.
import numpy as np


def main() -> None:
    a = np.arange(30).reshape((5, 6))
    v = a[1:4, 1:5]
    w = v[::2, ::-1]
    print(v)
    print(w)
    w[0, 0] = -1
    w[1] = 0
    print(a)
    t = a.T[2:4]
    t[:, 0] = 99
    print(a[:, :4])
    r = a[3][1:][::2]
    r += 1000
    print(a[3], len(r))
    x = np.arange(10.0)
    y = x[2:8][1:5][::-1]
    y *= 10.0
    print(x)


if __name__ == "__main__":
    main()
