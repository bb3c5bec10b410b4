# In-place += -= *= /= on whole arrays, slices and broadcast operands.
import numpy as np


def main() -> None:
    a = np.arange(6.0)
    a += 1.0
    print(a)
    a *= 2.0
    print(a)
    a -= np.arange(6.0)
    print(a)
    a /= 4.0
    print(a)
    a[1:4] += 100.0
    print(a)
    a[::2] *= -1.0
    print(a)
    m = np.ones((3, 4))
    m += np.arange(4.0)
    print(m)
    m[1] -= 5.0
    print(m)
    m[:, 2] *= np.array([2.0, 3.0, 4.0])
    print(m)
    i = np.arange(5)
    i += 3
    i *= i
    i -= 1
    print(i)
    i[1:] += i[:-1]
    print(i)


if __name__ == "__main__":
    main()
