# abs, minimum, maximum, where and clip on integer arrays keep integer dtype.
import numpy as np


def main() -> None:
    a = np.arange(-4, 5)
    print(np.abs(a), np.absolute(a * 3))
    print(np.where(a % 2 == 0, a, 0), np.where(a > 0, a, -1))
    print(np.minimum(a, 2), np.maximum(a, -2), np.clip(a, -1, 3))
    b = np.arange(-3, 3, dtype=np.int32)
    print(np.abs(b), np.where(b < 0, b * 10, b))
    print(np.sqrt(np.arange(5)), np.floor(a / 3))
    c = np.where(a > 0, 1.5, -0.5)
    print(c, c.sum())
    print(np.power(a, 2), np.maximum(a, a[::-1]))


if __name__ == "__main__":
    main()
