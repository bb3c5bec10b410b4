# Stores convert to the array's dtype: floats truncate into ints, bools into floats; reshape with -1.
import numpy as np


def main() -> None:
    a = np.zeros(4, dtype=np.int64)
    a[0] = 2.7
    a[1:3] = -1.9
    print(a)
    b = np.zeros(3)
    b[:] = np.array([True, False, True])
    print(b)
    c = np.zeros(3, dtype=np.int32)
    c[:] = np.array([1.5, -2.5, 3.9])
    print(c)
    d = np.zeros(3, dtype=np.float32)
    d[0] = 1
    d[1] = 0.1
    print(d)
    e = np.zeros(2, dtype=np.uint8)
    e[0] = 255
    e[1] = -1 + 256
    print(e)
    f = np.arange(12).reshape((-1, 4))
    print(f)
    print(np.arange(6).reshape((2, -1)))


if __name__ == "__main__":
    main()
