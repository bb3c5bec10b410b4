# krait: threads=1,2,3
# Pairwise distances: a triangle of work per row, written symmetrically.
import math
import numpy as np
from krait import prange


def distances(p: "f64[:, :]", d: "f64[:, :]") -> int:
    pairs = 0
    for i in prange(p.shape[0], schedule="dynamic"):
        for j in range(i + 1, p.shape[0]):
            s = 0.0
            for k in range(p.shape[1]):
                t = p[i, k] - p[j, k]
                s += t * t
            d[i, j] = math.sqrt(s)
            d[j, i] = d[i, j]
            pairs += 1
    return pairs


if __name__ == "__main__":
    p = np.arange(30.0).reshape(10, 3) % 7.0
    d = np.zeros((10, 10))
    print(distances(p, d))
    print(d[0])
    print(round(float(d.sum()), 9), bool(np.all(d == d.T)))
