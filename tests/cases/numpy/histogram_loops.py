# Histogram of integer data into an int64 counts array.
import numpy as np


def histogram(data: "i64[:]", nbins: int, lo: int, hi: int) -> "i64[:]":
    counts = np.zeros(nbins, dtype=np.int64)
    width = (hi - lo) // nbins
    for v in data:
        b = (v - lo) // width
        if b >= 0 and b < nbins:
            counts[b] = counts[b] + 1
    return counts


def main() -> None:
    n = 1000
    data = np.zeros(n, dtype=np.int64)
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        data[i] = x % 100
    h = histogram(data, 10, 0, 100)
    print(h, h.sum())
    for i in range(10):
        print(f"{i * 10:3d} {'*' * (h[i] // 10)}")
    print(data.min(), data.max(), data.mean())


if __name__ == "__main__":
    main()
