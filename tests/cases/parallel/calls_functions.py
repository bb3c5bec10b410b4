# krait: threads=1,2,3
# The body calls compiled functions, recursive ones too.
import numpy as np
from krait import prange


def collatz(n: int) -> int:
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def longest(n: int, out: "i64[:]") -> int:
    best = 0
    for i in prange(1, n):
        c = collatz(i)
        out[i] = c
        best = max(best, c)
    return best


def fibs(out: "i64[:]") -> None:
    for i in prange(out.shape[0]):
        out[i] = fib(i)


if __name__ == "__main__":
    out = np.zeros(10000, dtype=np.int64)
    print(longest(10000, out), out[27], out.sum())
    f = np.zeros(20, dtype=np.int64)
    fibs(f)
    print(f)
