# Float printing and arithmetic corners: round-trip, signed zero, inf/nan, subnormals.
import math


def main() -> None:
    vals = [1e16, 1e-7, 0.1 + 0.2, 1 / 3, -0.0, 5e-324, 1.7976931348623157e308, 2.0 ** -1074,
            123456789.123456789, 1e15 + 0.3, 9.999999999999999e22, 1e21, 1e-5, 0.00001234, 4.0 / 3.0]
    for v in vals:
        print(v, repr(v), str(v), float(repr(v)) == v, f"{v}", f"{v!r}", -v)
    inf = float("inf")
    nan = float("nan")
    print(inf, -inf, nan, inf - inf, inf * 0.0, -nan, abs(-inf), inf > 1e308)
    print(nan == nan, nan != nan, nan < 1.0, nan > 1.0, inf == inf, math.isnan(inf - inf))
    print(math.isinf(-inf), math.isfinite(nan), math.isfinite(1e308), 1e308 * 10)
    print(-0.0 == 0.0, math.copysign(1.0, -0.0), 0.0 * -1.0, -0.0 + 0.0, -0.0 - 0.0, abs(-0.0))
    print(round(0.5), round(1.5), round(2.675, 2), round(-0.5), round(1e16 + 1.0), round(0.125, 2), round(-1.005, 2))
    print(1e308 + 1e308, -1e308 * 10, 5e-324 / 2, 5e-324 * 0.5, 2.2250738585072014e-308 / 2)
    print(int(1e15 + 0.5), float(2 ** 53 + 1), 0.1 * 3 == 0.3)
    print(7.0 // 2.0, -7.0 // 2.0, 7.0 % -2.0, -7.5 % 2.0, 7.5 % -2.0, divmod(-7.5, 2.0), -0.0 % 5.0, 0.0 % -5.0)
    print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-2.7), math.floor(2.0), math.fmod(-7.0, 2.0))
    print(float("1e400"), float("-1e400"), float("1e-400"), float("nan"), float("-inf"), float("  3.25e-2\n"))
    print(sum([0.1] * 10), max(0.1, -0.0), min(-0.0, 0.0), min(0.0, -0.0))
    print(1.0 / 7, 22.0 / 7, 100.0 / 3, 1e-300 * 1e-300, 3.0 * 1e-320)


if __name__ == "__main__":
    main()
