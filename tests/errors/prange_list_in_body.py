# error: a list created in a prange body (reference counts are not atomic)
from krait import prange


def f(n: int) -> int:
    s = 0
    for i in prange(n):
        xs = [i, i + 1]
        s += xs[1]
    return s
