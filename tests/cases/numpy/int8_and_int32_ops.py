# Mixed small-integer arrays: int8 + int32 promotes to int32, int8 alone wraps.
import numpy as np


def main() -> None:
    a = np.array([100, -100, 50], dtype=np.int8)
    b = np.array([100, 100, 100], dtype=np.int32)
    print(a + a, a + b, a * b)
    c = np.array([200, 10, 0], dtype=np.uint8)
    print(c + a, c * 2)
    print(a // 3, a % 7, -a)
    d = np.arange(5, dtype=np.int32)
    print(d + np.arange(5), d * 1.5)
    e = np.array([1, 2, 3], dtype=np.int8)
    print(e + c, e - c)
    print(np.abs(np.array([-128, -1, 5], dtype=np.int8)))


if __name__ == "__main__":
    main()
