# Sieve of Eratosthenes on a bool array with strided slice stores.
import numpy as np


def sieve(n: int) -> "bool[:]":
    s = np.ones(n + 1, dtype=bool)
    s[0] = False
    s[1] = False
    i = 2
    while i * i <= n:
        if s[i]:
            s[i * i::i] = False
        i += 1
    return s


def main() -> None:
    s = sieve(100)
    primes: list[int] = []
    for i, p in enumerate(s):
        if p:
            primes.append(i)
    print(primes)
    print(s.sum(), s[:20])
    print(sieve(10000).sum())


if __name__ == "__main__":
    main()
