# Digit sums, digital roots, digit reversal and Armstrong numbers.


def digit_sum(n: int) -> int:
    n = abs(n)
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s


def digital_root(n: int) -> int:
    while n >= 10:
        n = digit_sum(n)
    return n


def reverse_digits(n: int) -> int:
    r = 0
    while n > 0:
        r = r * 10 + n % 10
        n //= 10
    return r


def is_armstrong(n: int) -> bool:
    k = len(str(n))
    return sum([int(c) ** k for c in str(n)]) == n


def main() -> None:
    for n in [0, 7, 38, 12345, -987, 9223372036854775807]:
        print(n, digit_sum(n), digital_root(abs(n)), sum([int(c) for c in str(abs(n))]))
    print(reverse_digits(12345), reverse_digits(1000), reverse_digits(9))
    print([n for n in range(1, 100000) if is_armstrong(n)])
    print(digit_sum(2 ** 50), digit_sum(3 ** 39))


if __name__ == "__main__":
    main()
