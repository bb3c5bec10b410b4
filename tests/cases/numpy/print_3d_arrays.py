# Printing 3-D arrays of floats, ints and bools, including f-strings.
import numpy as np


def main() -> None:
    a = np.arange(12.0).reshape((2, 3, 2)) / 4.0
    print(a)
    b = np.arange(8).reshape((2, 2, 2)) - 3
    print(b)
    print(b > 0)
    print(f"3d: {b}")
    print(str(a[1:]))
    c = np.zeros((3, 1, 2), dtype=np.float32) + 0.1
    print(c)
    print(np.ones((1, 1, 1)), np.zeros((2, 0, 3)))


if __name__ == "__main__":
    main()
