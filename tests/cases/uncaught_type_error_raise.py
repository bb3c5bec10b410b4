# raise TypeError with a computed message; output before it is kept.


def check_kind(kind: int) -> str:
    if kind == 1:
        return "one"
    if kind == 2:
        return "two"
    raise TypeError("unsupported kind %d (expected 1 or 2)" % kind)


def main() -> None:
    print(check_kind(1))
    print(check_kind(2))
    print(check_kind(7))


if __name__ == "__main__":
    main()
