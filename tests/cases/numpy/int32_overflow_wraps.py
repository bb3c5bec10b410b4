# int32 and int8/uint8 arithmetic wraps around like numpy.
import numpy as np


def main() -> None:
    a = np.array([2147483647, -2147483648, 100000], dtype=np.int32)
    print(a + np.ones(3, dtype=np.int32))
    print(a * np.full(3, 3, dtype=np.int32))
    b = np.array([120, -120, 5], dtype=np.int8)
    print(b + b)
    u = np.array([200, 100, 255], dtype=np.uint8)
    print(u + u)
    print(u - np.array([201, 0, 1], dtype=np.uint8))
    c = np.full(4, 65536, dtype=np.int32)
    print(c * c)
    d = np.arange(5, dtype=np.int32)
    d *= np.full(5, 1000000000, dtype=np.int32)
    print(d)


if __name__ == "__main__":
    main()
