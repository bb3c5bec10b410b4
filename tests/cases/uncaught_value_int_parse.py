# int() of a string that is not a number raises ValueError.


def parse_all(words: list[str]) -> int:
    total = 0
    for w in words:
        v = int(w)
        print("parsed", w, v)
        total += v
    return total


def main() -> None:
    print(parse_all(["1", "-2", " 30 "]))
    print(parse_all(["4", "abc", "5"]))


if __name__ == "__main__":
    main()
