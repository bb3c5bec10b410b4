# krait: threads=1,2,3
# Per-row results written by index: row norms and an argmax per row.
import math
import numpy as np
from krait import prange


def row_stats(a: "f64[:, :]", norms: "f64[:]", arg: "i64[:]") -> None:
    for i in prange(a.shape[0]):
        s = 0.0
        best = 0
        for j in range(a.shape[1]):
            s += a[i, j] * a[i, j]
            if a[i, j] > a[i, best]:
                best = j
        norms[i] = math.sqrt(s)
        arg[i] = best


if __name__ == "__main__":
    a = np.sin(np.arange(35.0)).reshape(5, 7)
    n = np.zeros(5)
    g = np.zeros(5, dtype=np.int64)
    row_stats(a, n, g)
    print(n)
    print(g)
