# krait: threads=1,2,3
# prange with negative and large steps; the loop variable after the loop.
import numpy as np
from krait import prange


def down(n: int, out: "i64[:]") -> int:
    last = 0
    for i in prange(n - 1, -1, -2):
        out[i] = 1
        last = i
    return last


def stride_sum(lo: int, hi: int, step: int) -> int:
    s = 0
    for i in prange(lo, hi, step):
        s += 1
    return s


if __name__ == "__main__":
    out = np.zeros(9, dtype=np.int64)
    print(down(9, out), out)
    print(stride_sum(0, 10**12, 10**9), stride_sum(10, -10, -3), stride_sum(0, 5, 10))
