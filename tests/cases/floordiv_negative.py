# Floor division and modulo round toward minus infinity, for ints and floats.


def int_floordiv(a: int, b: int) -> int:
    return a // b


def int_mod(a: int, b: int) -> int:
    return a % b


def float_floordiv(a: float, b: float) -> float:
    return a // b


def float_mod(a: float, b: float) -> float:
    return a % b


def main() -> None:
    lhs = [7, -7, 7, -7, 0, 0, 6, -6, 1, -1]
    rhs = [2, 2, -2, -2, 3, -3, 3, 3, 10, 10]
    for a, b in zip(lhs, rhs):
        print(a, b, int_floordiv(a, b), int_mod(a, b), a // b * b + a % b == a)
    flhs = [7.5, -7.5, 7.5, -7.5, 0.0, -0.0, 1.0, -1.0, 5.0]
    frhs = [2.0, 2.0, -2.0, -2.0, 3.0, 3.0, 0.1, 0.1, 0.5]
    for x, y in zip(flhs, frhs):
        print(x, y, float_floordiv(x, y), float_mod(x, y))
    print(7 // 2.0, -7 // 2.0, 7 % -2.0, -7 % 2.5)
    print(-3 % 5, 3 % -5, -3 // 5, 3 // -5)
    print(0.0 % -1.0, -0.0 % 1.0, 0.0 // -1.0)


if __name__ == "__main__":
    main()
