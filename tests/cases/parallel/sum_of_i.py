# krait: threads=1,2,3
# The seed example: a prange sum of i over 10000, and over other ranges.
from krait import prange


def total(n: int) -> int:
    s = 0
    for i in prange(n):
        s += i
    return s


def total_range(lo: int, hi: int, step: int) -> int:
    s = 0
    for i in prange(lo, hi, step):
        s += i
    return s


if __name__ == "__main__":
    print(total(10000))
    print(total(0), total(1), total(7))
    print(total_range(5, 100, 3), total_range(100, -7, -4), total_range(3, 3, 1))
    print(total_range(-10**6, 10**6, 7))
