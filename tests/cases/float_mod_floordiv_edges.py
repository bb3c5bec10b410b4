# Float % and // with infinities, NaN, signed zeros and inexact divisors.


def main() -> None:
    inf = float("inf")
    nan = float("nan")
    print(5.0 % inf, -5.0 % inf, 5.0 % -inf, -5.0 % -inf, 5.0 // inf, -5.0 // inf, 5.0 // -inf)
    print(divmod(-0.0, 1.0), divmod(0.0, -1.0), divmod(5.0, -inf), divmod(-5.0, inf))
    print(inf % 2.0, nan % 2.0, 2.0 % nan, inf // 2.0, nan // 1.0, 1e308 % 1e-308, -1e-308 % 1e308)
    print(7.0 % 0.1, -7.0 % 0.1, 7.0 // 0.1, 0.3 // 0.1, 0.3 % 0.1, -0.0 // 1.0, 0.0 // -1.0)
    print(-7 % 3.0, 7 // -2.5, divmod(7, -2.5), divmod(-1e-20, 1.0))


if __name__ == "__main__":
    main()
