# Iterative Fibonacci up to F(92), the largest that fits in int64.


def fib(n: int) -> int:
    a = 0
    b = 1
    for i in range(n):
        a, b = b, a + b if i < n - 1 else b
    return a


def main() -> None:
    for n in [0, 1, 2, 10, 50, 80, 90, 91, 92]:
        print(n, fib(n))
    print(fib(92) - fib(91) == fib(90), fib(92) > 7 * 10 ** 18)


if __name__ == "__main__":
    main()
