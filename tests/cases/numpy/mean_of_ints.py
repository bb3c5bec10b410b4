# mean of integer arrays is a float64; sums of small ints are exact.
import numpy as np


def main() -> None:
    a = np.arange(10)
    print(a.mean(), np.mean(a))
    b = np.array([1, 2], dtype=np.int32)
    print(b.mean())
    c = np.array([7, 8, 10], dtype=np.int8)
    print(c.mean(), c.sum())
    d = np.arange(12).reshape((3, 4))
    print(d.mean(), d[1].mean(), d[:, 2].mean())
    print(np.mean(a * a), np.mean(a[::3]))
    u = np.full(10, 200, dtype=np.uint8)
    print(u.mean(), u.sum())
    print(np.mean(np.array([True, False, False, True])))


if __name__ == "__main__":
    main()
