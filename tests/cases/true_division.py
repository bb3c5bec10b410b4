# `/` is always true division, and int/float operands mix.


def ratio(a: int, b: int) -> float:
    return a / b


def mean(xs: list[int]) -> float:
    return sum(xs) / len(xs)


def main() -> None:
    print(ratio(1, 3), ratio(2, 3), ratio(10, 5), ratio(-7, 2), ratio(0, 5))
    print(ratio(1, 7), ratio(22, 7), ratio(1, 1000000))
    print(mean([1, 2, 3, 4]), mean([5, 5, 6]))
    print(1 / 3 + 1 / 3 + 1 / 3, 1 / 3 * 3)
    n = 10
    x = 2.5
    print(n * x, n + x, n - x, x / n, n / x, n // x, n % x)
    print(3 * 0.1, 0.1 * 3, 0.1 + 0.2, 0.3 - 0.1)
    total = 0
    for i in range(1, 6):
        total += i
    print(total / 4, total // 4, total % 4)
    print(9007199254740993 / 1, 2 ** 53 / 2)
    print(-5 / 2, 5 / -2, -5 / -2)


if __name__ == "__main__":
    main()
