# 3-D arrays: creation, indexing, slicing and printing.
import numpy as np


def main() -> None:
    a = np.arange(24).reshape((2, 3, 4))
    print(a)
    print(a.shape, a.ndim, a.size, len(a))
    print(a[1, 2, 3], a[0, 1, 2], a[-1, -1, -1])
    print(a[1])
    print(a[0, 1])
    print(a[:, 1, :])
    print(a[1, :, 2])
    b = np.zeros((2, 2, 3))
    for i in range(2):
        for j in range(2):
            for k in range(3):
                b[i, j, k] = i * 100 + j * 10 + k
    print(b)
    print(b.sum(), b.max())
    b[1, 0, :] = -1.0
    print(b[1])
    c = a * 2
    print(c[1, 1])


if __name__ == "__main__":
    main()
