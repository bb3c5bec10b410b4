# Bitwise & | ^ ~ on integer arrays of several widths.
import numpy as np


def main() -> None:
    a = np.arange(8)
    print(a & 3, a | 8, a ^ 5, ~a)
    b = np.array([12, 10, 255, 0], dtype=np.uint8)
    print(b & np.array([10, 6, 15, 1], dtype=np.uint8), ~b)
    c = np.array([-1, 0, 7, 100], dtype=np.int32)
    print(c & 6, c | 1, c ^ -1, ~c)
    d = np.array([1, 2, 4], dtype=np.int8)
    print(d | np.array([8, 16, 32], dtype=np.int8), ~d)
    e = a & (a - 1)
    print(e, e == 0)
    m = np.full((2, 3), 6)
    print(m ^ np.arange(3))


if __name__ == "__main__":
    main()
