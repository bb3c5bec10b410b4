# for-loops over arrays: elements of 1-D, rows of 2-D, enumerate and zip.
import numpy as np


def main() -> None:
    a = np.array([3.0, 1.5, -2.0])
    for x in a:
        print(x, x * 2)
    m = np.arange(6).reshape((2, 3))
    for row in m:
        print(row, row.sum())
    for i, v in enumerate(np.arange(10, 40, 10)):
        print(i, v)
    for i, row in enumerate(m):
        print(i, row * i)
    b = np.array([1, 2, 3])
    for x, y in zip(a, b):
        print(x + y)
    total = 0
    for v in m[:, 1]:
        total += v
    print(total)
    for r in m:
        r[0] = -1
    print(m)
    for x in a[::-1]:
        print(x)


if __name__ == "__main__":
    main()
