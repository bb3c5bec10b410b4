# list.index of a missing value raises ValueError.


def position(xs: list[int], x: int) -> int:
    return xs.index(x)


def main() -> None:
    xs = [1, 2, 3, 2]
    for x in [2, 3, 1, 5]:
        print(x, position(xs, x))


if __name__ == "__main__":
    main()
