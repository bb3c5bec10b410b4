# Partial sums of classic series: harmonic, Leibniz, Basel, geometric.
import math


def harmonic(n: int) -> float:
    s = 0.0
    for k in range(1, n + 1):
        s += 1.0 / k
    return s


def leibniz(n: int) -> float:
    s = 0.0
    sign = 1.0
    for k in range(n):
        s += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * s


def basel(n: int) -> float:
    s = 0.0
    for k in range(n, 0, -1):
        s += 1.0 / (k * k)
    return s


def main() -> None:
    for n in [1, 10, 100, 1000, 100000]:
        print(n, harmonic(n), leibniz(n), basel(n))
    print(math.sqrt(6.0 * basel(100000)), math.pi)
    g = 0.0
    term = 1.0
    for k in range(60):
        g += term
        term *= 0.5
    print(g, g == 2.0)
    print(sum([k * k for k in range(101)]), sum([k ** 3 for k in range(101)]))


if __name__ == "__main__":
    main()
