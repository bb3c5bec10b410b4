# The math module: roots, exponentials, logarithms, trigonometry, rounding.
import math


def hyp(a: float, b: float) -> float:
    return math.sqrt(a * a + b * b)


def main() -> None:
    print(math.pi, math.e, math.inf, -math.inf, 2 * math.pi)
    print(math.sqrt(2.0), math.sqrt(16.0), math.sqrt(0.0), hyp(3.0, 4.0), math.hypot(5.0, 12.0))
    print(math.exp(0.0), math.exp(1.0), math.exp(-1.0), math.exp(10.0))
    print(math.log(1.0), math.log(math.e), math.log(100.0, 10.0), math.log(8.0, 2.0), math.log(0.5))
    print(math.log10(1000.0), math.log10(2.0), math.log2(1024.0), math.log2(3.0))
    print(math.sin(0.0), math.sin(math.pi / 2), math.cos(0.0), math.cos(math.pi), math.tan(math.pi / 4))
    print(math.atan2(1.0, 1.0), math.atan2(-1.0, -1.0), math.atan2(0.0, -1.0))
    print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.floor(5.0))
    print(math.trunc(2.7), math.trunc(-2.7), math.fabs(-3.5), math.fabs(2.0))
    print(math.copysign(3.0, -0.0), math.copysign(-2.0, 1.0), math.fmod(7.0, 3.0), math.fmod(-7.0, 3.0))
    print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.factorial(0), math.factorial(15))
    print(math.isnan(float("nan")), math.isnan(1.0), math.isinf(math.inf), math.isinf(1e308))
    print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.001), math.isclose(1e-10, 0.0))
    x = math.floor(7.9) + 1
    print(x, x * 2, math.ceil(0.5) - 1)
    for d in range(0, 361, 45):
        r = d * math.pi / 180.0
        print(d, f"{math.sin(r):.6f} {math.cos(r):.6f}")


if __name__ == "__main__":
    main()
