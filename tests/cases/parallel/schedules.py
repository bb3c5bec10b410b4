# krait: threads=1,2,3
# schedule= and num_threads= keywords of prange.
import numpy as np
from krait import prange


def work(n: int) -> int:
    s = 0
    for i in prange(n, schedule="static"):
        s += i % 7
    t = 0
    for i in prange(n, schedule="dynamic", num_threads=2):
        t += i % 5
    u = 0
    for i in prange(0, n, 3, schedule="guided"):
        u += i
    return s + t * 1000 + u * 1000000


def fill(x: "i64[:]", threads: int) -> None:
    for i in prange(x.shape[0], num_threads=threads):
        x[i] = i * i


if __name__ == "__main__":
    print(work(1000), work(0), work(5))
    x = np.zeros(9, dtype=np.int64)
    fill(x, 1)
    print(x)
    fill(x, 4)
    print(x)
