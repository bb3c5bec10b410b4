# error: an unknown prange schedule
from krait import prange


def f(n: int) -> int:
    s = 0
    for i in prange(n, schedule="fast"):
        s += i
    return s
