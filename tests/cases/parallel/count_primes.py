# krait: threads=1,2,3
# Counting primes by trial division: uneven work, dynamic schedule.
from krait import prange


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def count(n: int) -> int:
    c = 0
    for i in prange(n, schedule="dynamic"):
        if is_prime(i):
            c += 1
    return c


if __name__ == "__main__":
    print(count(100), count(100000))
