# Storing scalars and vectors into slices, rows and columns.
import numpy as np


def main() -> None:
    a = np.zeros((4, 5), dtype=np.int64)
    a[1:3] = 7
    print(a)
    a[:, 0] = np.arange(4)
    print(a)
    a[3, :] = np.array([9, 8, 7, 6, 5])
    print(a)
    a[0] = np.arange(5) * 10
    print(a)
    a[1:3, 2:4] = -1
    print(a)
    a[:, 4] = a[:, 0]
    print(a)
    a[::2, ::2] = 0
    print(a)
    v = np.zeros(6)
    v[::2] = 1.5
    v[1::2] = np.array([1.0, 2.0, 3.0])
    print(v)
    w = np.zeros((3, 3))
    w[:] = np.array([1.0, 2.0, 3.0])
    print(w)
    w[:, 1] = 0.5
    print(w)


if __name__ == "__main__":
    main()
