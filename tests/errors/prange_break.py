# error: break inside a prange loop
from krait import prange


def f(n: int) -> int:
    s = 0
    for i in prange(n):
        if i > 5:
            break
        s += i
    return s
