# int()/float()/str() conversions between strings and numbers; chr/ord/hex/bin/oct.


def parse_sum(parts: list[str]) -> int:
    total = 0
    for p in parts:
        total += int(p)
    return total


def main() -> None:
    print(int("42"), int("-17"), int(" 8 "), int("+5"), int("007"))
    print(parse_sum(["1", "22", "333", "-4444"]))
    print(float("3.25"), float("-1e-3"), float(" 2 "), float("1E10"), float("nan"))
    print(str(123) + str(4.5) + str(False), len(str(2 ** 40)))
    print(int(3.99), int(-3.99), int(1e18), float(10 ** 15))
    print(chr(65), chr(97), chr(48), ord("A"), ord("z"), ord("0"), ord(" "))
    print(hex(255), hex(0), hex(-1), bin(10), bin(0), oct(64), oct(-64))
    print(format(3.14159, ".2f"), format(42, "05d"), format(255, "x"), format(0.5, "%"))
    print(format(1234567.0, ","), format("s", ">3"), format(7, "b"), format(2.5, "e"))
    digits = [int(c) for c in str(9876543210)]
    print(digits, sum(digits))
    letters = "".join([chr(ord("a") + i) for i in range(26)])
    print(letters, letters.upper())


if __name__ == "__main__":
    main()
