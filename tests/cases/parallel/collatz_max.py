# krait: threads=1,2,3
# A max reduction over an uneven workload, with the argmax kept by a
# second pass (a reduction cannot carry the index along).
import numpy as np
from krait import prange


def steps(n: int) -> int:
    s = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        s += 1
    return s


def longest(limit: int, out: "i64[:]") -> tuple[int, int]:
    best = 0
    for i in prange(1, limit, schedule="guided"):
        out[i] = steps(i)
        best = max(int(out[i]), best)
    where = 0
    for i in range(1, limit):
        if out[i] == best:
            where = i
            break
    return best, where


if __name__ == "__main__":
    out = np.zeros(300000, dtype=np.int64)
    print(longest(300000, out))
    print(longest(2, out))
