# krait: threads=1,2,3
# A prange inside a prange runs its inner loop serially.
import numpy as np
from krait import prange


def outer_product_sum(a: "f64[:]", b: "f64[:]", out: "f64[:, :]") -> int:
    count = 0
    for i in prange(a.shape[0]):
        for j in prange(b.shape[0]):
            out[i, j] = a[i] * b[j]
            count += 1
    return count


if __name__ == "__main__":
    out = np.zeros((3, 4))
    print(outer_product_sum(np.array([1.0, 2.0, 3.0]), np.array([1.0, -1.0, 0.5, 2.0]), out))
    print(out)
