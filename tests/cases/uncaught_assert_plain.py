# A failing assert without a message raises a bare AssertionError.


def mean(xs: list[float]) -> float:
    assert len(xs) > 0
    return sum(xs) / len(xs)


def main() -> None:
    print(mean([1.0, 2.0]))
    empty: list[float] = []
    print(mean(empty))


if __name__ == "__main__":
    main()
