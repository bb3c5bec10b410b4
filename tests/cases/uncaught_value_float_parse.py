# float() of a string that is not a number raises ValueError.


def parse(s: str) -> float:
    return float(s)


def main() -> None:
    total = 0.0
    for s in ["1.5", "-2e3", "inf", " 0.25 ", "x"]:
        v = parse(s)
        total += v
        print(repr(s), v, total)


if __name__ == "__main__":
    main()
