"""Longest Collatz chain below N.

Build: krait build --exe examples/collatz.py -o collatz && ./collatz 1000000
"""
import sys


def collatz_len(n: int) -> int:
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def longest(limit: int) -> tuple[int, int]:
    best = 1
    best_len = 1
    for i in range(1, limit):
        k = collatz_len(i)
        if k > best_len:
            best = i
            best_len = k
    return best, best_len


if __name__ == "__main__":
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    start, length = longest(limit)
    print(f"longest chain below {limit}: start {start}, length {length}")
