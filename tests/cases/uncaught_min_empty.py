# min() of an empty list raises ValueError: min() arg is an empty sequence.


def smallest(xs: list[int]) -> int:
    return min(xs)


def main() -> None:
    print(smallest([3, 1, 2]), max([3, 1, 2]))
    evens = [x for x in [1, 3, 5] if x % 2 == 0]
    print(len(evens))
    print(smallest(evens))


if __name__ == "__main__":
    main()
