# Overlapping slice assignments behave as if the right side were copied first.
import numpy as np


def main() -> None:
    a = np.arange(10)
    a[1:] = a[:-1]
    print(a)
    b = np.arange(10)
    b[:-1] = b[1:]
    print(b)
    c = np.arange(10.0)
    c[2:] = c[:-2] + 0.5
    print(c)
    d = np.arange(8)
    d[::-1] = d
    print(d)
    e = np.arange(12).reshape((3, 4))
    e[1:, :] = e[:-1, :] * 2
    print(e)
    f = np.arange(6)
    f[1:4] = f[0:3] + f[2:5]
    print(f)


if __name__ == "__main__":
    main()
