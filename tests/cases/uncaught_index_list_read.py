# Reading past the end of a list raises IndexError.


def get(xs: list[int], i: int) -> int:
    return xs[i]


def main() -> None:
    xs = [10, 20, 30]
    for i in range(-3, 5):
        print(i, get(xs, i))


if __name__ == "__main__":
    main()
