# Indexing a str out of range raises IndexError.


def char_at(s: str, i: int) -> str:
    return s[i]


def main() -> None:
    s = "krait"
    for i in range(0, 10, 2):
        print(i, char_at(s, i))


if __name__ == "__main__":
    main()
