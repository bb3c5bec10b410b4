# A failing assert with a message raises AssertionError: message.


def check_sorted(xs: list[int]) -> None:
    for i in range(1, len(xs)):
        assert xs[i - 1] <= xs[i], "list is not sorted at index " + str(i)
    print("sorted:", xs)


def main() -> None:
    check_sorted([1, 2, 3])
    check_sorted([5])
    check_sorted([1, 3, 2, 4])


if __name__ == "__main__":
    main()
