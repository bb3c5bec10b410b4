# Functions whose only exits are returns inside while True loops, and complex loop conditions.


def first_square_above(n: int) -> int:
    k = 0
    while True:
        if k * k > n:
            return k
        k += 1


def collatz_steps(n: int) -> int:
    steps = 0
    while True:
        if n == 1:
            return steps
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1


def scan(xs: list[int], limit: int) -> int:
    i = 0
    total = 0
    while i < len(xs) and (total + xs[i] <= limit or xs[i] < 0) and not xs[i] == 99:
        total += xs[i]
        i += 1
    return i * 1000 + total


def main() -> None:
    print(first_square_above(0), first_square_above(50), first_square_above(10000))
    print(collatz_steps(1), collatz_steps(27), collatz_steps(97))
    print(scan([1, 2, 3, 4], 6), scan([5, -10, 20, 1], 15), scan([1, 99, 1], 100), scan([7], 5))
    a, b = 0, 1
    while b < 1000 and a != b:
        a, b = b, a + b
    print(a, b)
    x = 100
    while x > 1 if x % 2 == 0 else x > 50:
        x = x // 2 if x % 2 == 0 else x - 1
        print(x, end=" ")
    print()


if __name__ == "__main__":
    main()
