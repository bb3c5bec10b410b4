# A negative index beyond -len raises IndexError.


def last(xs: list[str], k: int) -> str:
    return xs[-k]


def main() -> None:
    names = ["ann", "bo", "cy"]
    for k in [1, 2, 3, 4]:
        print(k, last(names, k))


if __name__ == "__main__":
    main()
