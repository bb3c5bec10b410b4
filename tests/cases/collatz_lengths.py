# Collatz sequence lengths; the longest chain below a bound.


def collatz_len(n: int) -> int:
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def longest(limit: int) -> tuple[int, int]:
    best = 1
    best_len = 1
    for n in range(1, limit):
        c = collatz_len(n)
        if c > best_len:
            best = n
            best_len = c
    return best, best_len


def main() -> None:
    print([collatz_len(n) for n in range(1, 30)])
    print(longest(100), longest(1000), longest(30000))
    print(collatz_len(837799), collatz_len(9780657630))


if __name__ == "__main__":
    main()
