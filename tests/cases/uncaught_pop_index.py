# pop(i) with an index out of range raises IndexError: pop index out of range.


def take(xs: list[int], i: int) -> int:
    v = xs.pop(i)
    print("took", v, "at", i, "left", xs)
    return v


def main() -> None:
    xs = [1, 2, 3, 4, 5]
    total = 0
    for i in [1, -1, 0, 5]:
        total += take(xs, i)
        print("total", total)


if __name__ == "__main__":
    main()
