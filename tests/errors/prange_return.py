# error: return inside a prange loop
from krait import prange


def first(n: int) -> int:
    for i in prange(n):
        if i * i > 50:
            return i
    return -1
