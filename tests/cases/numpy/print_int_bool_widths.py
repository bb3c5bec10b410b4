# Integer and bool array printing: column widths, negatives, each dtype.
import numpy as np


def main() -> None:
    print(np.array([1, 22, 333]))
    print(np.array([-1, 22, -333]))
    print(np.arange(12).reshape((3, 4)) * 100 - 500)
    print(np.array([2147483647, -2147483648], dtype=np.int32))
    print(np.array([127, -128], dtype=np.int8))
    print(np.array([0, 255], dtype=np.uint8))
    print(np.array([9223372036854775807, -9223372036854775807]))
    print(np.array([True, False]))
    print(np.array([[True, False], [False, True]]))
    print(np.zeros((2, 2), dtype=bool))
    print(np.arange(5, dtype=np.int32), np.arange(3, dtype=np.int8))
    x = np.arange(3)
    print(x[1], x.sum(), f"{x}|{x[2]}")
    b = x > 0
    print(b[0], b[1], f"{b}")


if __name__ == "__main__":
    main()
