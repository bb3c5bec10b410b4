# bool values, printing, and bool-valued functions.


def is_leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def count_true(xs: list[bool]) -> int:
    n = 0
    for x in xs:
        if x:
            n += 1
    return n


def main() -> None:
    years = [1900, 2000, 2004, 2023, 2024, 2100]
    flags = [is_leap(y) for y in years]
    print(flags, count_true(flags))
    print(True, False, str(True), repr(False), [True, False], (True,))
    print(int(True) + 1, int(False), float(True), str(False) + "!")
    b = 3 > 2
    print(b, not b, b and b, b or False, bool(1), bool(0), bool(-1))
    print(f"{b}", f"{not b}", "%s" % b, "{}".format(b))
    t = True
    t = not t
    print(t)
    print(any(flags), all(flags), sum([1 for f in flags if f]))


if __name__ == "__main__":
    main()
