# krait: threads=1,2,3
# Reductions of every kind: + - * & | ^ max min, on ints and floats.
import numpy as np
from krait import prange


def int_reductions(n: int) -> tuple[int, int, int, int, int, int]:
    add = 0
    sub = 1000
    mul = 1
    band = -1
    bor = 0
    bxor = 0
    for i in prange(1, n):
        add += i * i
        sub -= i
        mul *= 1 + (i % 50 == 0)
        band &= ~(1 << (i % 20)) if i % 7 == 0 else -1
        bor |= 1 << (i % 30)
        bxor ^= i
    return add, sub, mul, band, bor, bxor


def extremes(x: "f64[:]") -> tuple[float, float, int, int]:
    hi = -1e300
    lo = 1e300
    ihi = -10**9
    ilo = 10**9
    for i in prange(x.shape[0]):
        v = float(x[i])
        hi = max(hi, v)
        lo = min(lo, v)
        k = int(v * 10.0)
        ihi = max(ihi, k)
        ilo = min(k, ilo)
    return hi, lo, ihi, ilo


def exact_float_sum(n: int) -> float:
    s = 0.0
    for i in prange(n):
        s += 0.5 * (i % 4)   # every partial sum is exact: any order gives it
    return s


if __name__ == "__main__":
    print(int_reductions(1000))
    print(int_reductions(1))
    x = np.sin(np.arange(5000.0))
    print(extremes(x))
    print(exact_float_sum(100001))
