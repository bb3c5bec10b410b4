# gcd and lcm, iterative and via math.gcd; reduced fractions.
import math


def gcd(a: int, b: int) -> int:
    while b != 0:
        a, b = b, a % b
    return abs(a)


def lcm(a: int, b: int) -> int:
    return a // gcd(a, b) * b


def reduce(num: int, den: int) -> tuple[int, int]:
    g = gcd(num, den)
    if den < 0:
        g = -g
    return num // g, den // g


def main() -> None:
    for a, b in zip([12, 17, 0, 100, -24, 1071], [18, 5, 7, 75, 36, 462]):
        print(a, b, gcd(a, b), math.gcd(a, b), lcm(a, b) if a != 0 else 0)
    acc = 1
    for k in range(1, 21):
        acc = lcm(acc, k)
    print("lcm(1..20) =", acc)
    print(reduce(6, 8), reduce(-6, 8), reduce(6, -8), reduce(0, 5), reduce(100, 10))
    num = 0
    den = 1
    for k in range(1, 11):
        num = num * k + den
        den = den * k
        num, den = reduce(num, den)
    print("H(10) =", num, "/", den, "=", num / den)


if __name__ == "__main__":
    main()
