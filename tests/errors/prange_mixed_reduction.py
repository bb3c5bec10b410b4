# error: mixing two reduction operators on one variable
from krait import prange


def f(n: int) -> int:
    s = 1
    for i in prange(1, n):
        s += i
        s *= 2
    return s
