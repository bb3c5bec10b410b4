# krait: threads=1,2,3
# krait.threadid(), num_threads() and set_num_threads(): what is printed
# holds for any number of threads (CPython's shim answers as one thread).
import numpy as np
import krait
from krait import prange


def ids(n: int, out: "i64[:]") -> int:
    bad = 0
    for i in prange(n):
        t = krait.threadid()
        out[i] = t
        if t < 0 or t >= krait.num_threads():
            bad += 1
    return bad


if __name__ == "__main__":
    out = np.zeros(100, dtype=np.int64)
    print(ids(100, out), out.min() == 0, out.max() < krait.num_threads())
    print(krait.num_threads() >= 1, krait.threadid())
    krait.set_num_threads(1)
    print(ids(50, out), out[:50].max())
