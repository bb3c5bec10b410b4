# Indexing an empty list raises IndexError.


def first(xs: list[int]) -> int:
    return xs[0]


def main() -> None:
    data: list[list[int]] = [[3, 1], [2], []]
    for row in data:
        print(len(row), first(row))


if __name__ == "__main__":
    main()
