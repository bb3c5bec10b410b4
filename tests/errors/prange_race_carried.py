# error: a variable carried from one prange iteration to the next is a race
from krait import prange


def carried(n: int) -> float:
    t = 0.0
    for i in prange(n):
        t = t * 0.5 + i
    return t
