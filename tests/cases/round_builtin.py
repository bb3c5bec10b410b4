# round() uses banker's rounding; with ndigits it rounds the exact binary value.


def r0(x: float) -> int:
    return round(x)


def r2(x: float) -> float:
    return round(x, 2)


def main() -> None:
    for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.4999, 2.5001, 0.0, -0.4, 1e15 + 0.5]:
        print(x, r0(x))
    for y in [2.675, 1.005, 0.125, 0.375, -0.125, 3.14159, 1e-9, 123.456, -2.345]:
        print(y, r2(y))
    print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-1250.0, -2))
    print(round(0.1 + 0.2, 15), round(1 / 3, 5), round(2 / 3, 1))
    print(round(7), round(-7), round(12.0), round(99.99, 1), round(99.95, 1))
    print(round(5.5) + round(6.5), round(-5.5) + round(-6.5))


if __name__ == "__main__":
    main()
