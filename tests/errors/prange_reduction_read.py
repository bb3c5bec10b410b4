# error: reading a reduction variable inside the prange loop
from krait import prange


def f(n: int) -> int:
    s = 0
    for i in prange(n):
        s += i
        if s > 10:
            print(i)
    return s
