# print/str/repr of floats match CPython: shortest round-trip digits.


def third(x: float) -> float:
    return x / 3.0


def main() -> None:
    print(0.1 + 0.2, 0.1, 0.2, 0.3, 1.0, -1.0, 100.0, 1.5)
    print(1e16, 1e15, 1e-5, 1e-4, 0.0001, 123456789012345678.0)
    print(-0.0, 0.0, float("inf"), float("-inf"), float("nan"), -float("inf"))
    print(1 / 3, 2 / 3, third(1.0), third(10.0), third(1e-10))
    print(1e308, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308)
    print(1e300 * 1e10, -1e300 * 1e10, 1e-320 / 1e10)
    print(2.0 ** 53, 2.0 ** 53 + 1.0, 2.0 ** 60, 2.0 ** -20)
    print(9007199254740993.0, 0.1 * 3, 1.1 * 1.1, 3.3 / 1.1)
    print([0.1, 1e+16, -0.0, 1e-7], (2.5, 1e22))
    print(str(0.5), repr(0.5), str(1e16), repr(12345.6789e-3))
    xs = [10.0 ** e for e in range(-6, 18, 3)]
    print(xs)
    print(float(12), float("1.5e3"), float("  -2.25 "), float("inf"), float("-0"))
    print(1e23, 1.23e-8, 4.35, 0.035, 123.456, 2.675)


if __name__ == "__main__":
    main()
