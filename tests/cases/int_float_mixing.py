# Mixed int/float arithmetic promotes to float; int() truncates toward zero.


def area(w: int, h: float) -> float:
    return w * h


def to_int(x: float) -> int:
    return int(x)


def main() -> None:
    print(area(3, 2.5), area(0, 1.5), area(-2, 0.25))
    for x in [3.9, -3.9, 0.999, -0.999, 1e10, 2.5, -2.5, 123456789.987]:
        print(x, to_int(x), float(to_int(x)))
    n = 7
    f = 2.0
    print(n + f, n - f, n * f, n / f, n // f, n % f, f ** n)
    print(1 + 1.0, 1 == 1.0, 2 > 1.5, 3 < 3.0001, 0.0 == -0.0)
    print(float(7), float(-3), int(True), int(False), float(True))
    total = 0.0
    for i in range(10):
        total += i
    print(total, int(total))
    print(abs(-3), abs(-3.5), abs(0.0), abs(-0.0))
    print(bool(0), bool(3), bool(0.0), bool(-0.1), bool(""), bool("x"))


if __name__ == "__main__":
    main()
