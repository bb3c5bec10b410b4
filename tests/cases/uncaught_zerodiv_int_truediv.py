# True division of ints by zero raises ZeroDivisionError.


def average(total: int, count: int) -> float:
    return total / count


def main() -> None:
    print(average(10, 4))
    print(average(-9, 2))
    counts: list[int] = [3, 2, 1, 0]
    for c in counts:
        print(c, average(12, c))


if __name__ == "__main__":
    main()
