# error: a variable assigned in only some prange iterations and read after the loop
from krait import prange


def last_even(n: int) -> int:
    e = -1
    for i in prange(n):
        if i % 2 == 0:
            e = i
    return e
