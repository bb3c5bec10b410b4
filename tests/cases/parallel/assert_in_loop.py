# krait: threads=1,2,3
# An AssertionError in a prange body ends the program like CPython's
# (the lowest failing iteration's).
import numpy as np
from krait import prange


def check_sorted(x: "f64[:]") -> int:
    n = 0
    for i in prange(1, x.shape[0]):
        assert x[i - 1] <= x[i], "not sorted"
        n += 1
    return n


if __name__ == "__main__":
    print(check_sorted(np.arange(100.0)))
    y = np.arange(100.0)
    y[40] = -1.0
    y[80] = -1.0
    print(check_sorted(y))
