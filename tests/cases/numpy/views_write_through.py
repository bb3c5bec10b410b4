# Writes through slices, rows and transposes are visible in the base array.
import numpy as np


def bump(v: "f64[:]") -> None:
    for i in range(len(v)):
        v[i] = v[i] + 100.0


def main() -> None:
    a = np.zeros((3, 4))
    row = a[1]
    row[2] = 7.0
    print(a)
    col = a[:, 3]
    col[0] = -1.0
    print(a)
    t = a.T
    t[2, 0] = 5.5
    print(a)
    bump(a[2])
    print(a)
    s = a[0, 1:3]
    s[:] = 9.0
    print(a)
    b = np.arange(10)
    e = b[::2]
    e[1] = 42
    print(b, e)
    c = b.copy()
    c[0] = -5
    print(b[0], c[0])


if __name__ == "__main__":
    main()
