# Classic recursive functions: fib, factorial, ackermann, gcd, hanoi, power set.


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fact(n: int) -> int:
    return 1 if n <= 1 else n * fact(n - 1)


def ackermann(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def gcd(a: int, b: int) -> int:
    if b == 0:
        return a
    return gcd(b, a % b)


def hanoi(n: int, src: int, dst: int, via: int) -> int:
    if n == 0:
        return 0
    return hanoi(n - 1, src, via, dst) + 1 + hanoi(n - 1, via, dst, src)


def power_set_size(n: int) -> int:
    if n == 0:
        return 1
    return 2 * power_set_size(n - 1)


def main() -> None:
    print([fib(i) for i in range(20)])
    print(fact(0), fact(1), fact(10), fact(20))
    print(ackermann(0, 0), ackermann(1, 2), ackermann(2, 3), ackermann(3, 3))
    print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(1071, 462), gcd(2 ** 40, 6 ** 10))
    for n in range(1, 11):
        print(n, hanoi(n, 1, 3, 2), power_set_size(n))


if __name__ == "__main__":
    main()
