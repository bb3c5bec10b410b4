# error: prange num_threads= must be an int
from krait import prange


def f(n: int) -> int:
    s = 0
    for i in prange(n, num_threads=2.5):
        s += i
    return s
