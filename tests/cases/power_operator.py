# `**` with int and float operands, and pow() with two arguments.


def ipow(b: int, e: int) -> int:
    return b ** e


def fpow(b: float, e: float) -> float:
    return b ** e


def main() -> None:
    for e in range(0, 11):
        print(2, e, ipow(2, e), ipow(-3, e))
    print(ipow(10, 18), ipow(-2, 63 - 1), ipow(0, 0), ipow(1, 1000), ipow(-1, 1001))
    print(fpow(2.0, 0.5), fpow(2.0, -1.0), fpow(10.0, -3.0), fpow(0.5, 10.0))
    print(fpow(1.5, 2.0), fpow(-2.0, 3.0), fpow(-2.0, 2.0), fpow(0.0, 0.0))
    print(2 ** 0.5, 2.0 ** 3, 9 ** 0.5, 10 ** -2.0)
    print(pow(3, 4), pow(2.0, 10), pow(7, 0), pow(2, 0.5))
    print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2)
    x = 1.0001
    print(x ** 10000)
    print(1e10 ** 2, 1e-10 ** 3)


if __name__ == "__main__":
    main()
