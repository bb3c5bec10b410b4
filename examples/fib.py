"""Naive recursive Fibonacci: a function-call benchmark.

Build: krait build --exe examples/fib.py -o fib && ./fib 32
"""
import sys


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 25
    print("fib(%d) = %d" % (n, fib(n)))
