# krait: threads=1,2,3
# A histogram without races: each thread counts into its own row, indexed
# by krait.threadid(), and the rows are summed after the loop.
import numpy as np
import krait
from krait import prange


def histogram(x: "f64[:]", bins: int) -> "i64[:]":
    rows = np.zeros((krait.num_threads(), bins), dtype=np.int64)
    for i in prange(x.shape[0]):
        k = int(x[i] * bins)
        if k == bins:
            k = bins - 1
        rows[krait.threadid(), k] += 1
    return rows.sum(axis=0)


if __name__ == "__main__":
    x = (np.arange(100000) * 0.6180339887) % 1.0
    h = histogram(x, 10)
    print(h, h.sum())
