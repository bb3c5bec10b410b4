# A raised KeyError shows its message with repr() quotes.


def lookup(keys: list[str], key: str) -> int:
    for i, k in enumerate(keys):
        if k == key:
            return i
    raise KeyError(key)


def main() -> None:
    keys = ["alpha", "beta"]
    print(lookup(keys, "beta"), lookup(keys, "alpha"))
    print(lookup(keys, "gamma"))


if __name__ == "__main__":
    main()
