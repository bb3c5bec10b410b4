# Slices with negative steps, and views of views.
import numpy as np


def main() -> None:
    a = np.arange(10)
    print(a[::-1])
    print(a[::-2])
    print(a[8:2:-1])
    print(a[-1:-4:-1])
    print(a[::-1][::2])
    print(a[::-3][1:])
    m = np.arange(12).reshape((3, 4))
    print(m[::-1])
    print(m[:, ::-1])
    print(m[::-1, ::-2])
    print(m[::-1, 1])
    r = a[::-1]
    r[0] = 99
    print(a)
    print(len(a[7:1:-2]), a[7:1:-2])
    print(a[5:5:-1], len(a[5:5:-1]))


if __name__ == "__main__":
    main()
