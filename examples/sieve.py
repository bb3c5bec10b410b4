"""Sieve of Eratosthenes on a Python list.

Build: krait build --exe examples/sieve.py -o sieve && ./sieve 10000000
"""
import sys


def count_primes(n: int) -> int:
    is_prime = [True] * (n + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
        i += 1
    count = 0
    for flag in is_prime:
        if flag:
            count += 1
    return count


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    print(f"primes up to {n}: {count_primes(n)}")
