# krait: threads=1,2,3
# continue inside a prange body skips to the next iteration.
import numpy as np
from krait import prange


def odd_squares(n: int, out: "i64[:]") -> int:
    s = 0
    for i in prange(n):
        if i % 2 == 0:
            continue
        out[i] = i * i
        s += out[i]
    return s


if __name__ == "__main__":
    out = np.zeros(10, dtype=np.int64)
    print(odd_squares(10, out), out)
