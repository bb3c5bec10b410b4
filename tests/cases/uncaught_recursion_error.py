# Unbounded recursion raises RecursionError after earlier output has been flushed.


def down(n: int, acc: list[int]) -> int:
    acc.append(n)
    return down(n + 1, acc) + 1


def main() -> None:
    xs: list[int] = []
    print("start")
    print(down(0, xs))


if __name__ == "__main__":
    main()
