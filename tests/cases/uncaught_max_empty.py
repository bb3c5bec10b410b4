# max() of an empty list raises ValueError: max() arg is an empty sequence.


def largest(xs: list[float]) -> float:
    return max(xs)


def main() -> None:
    xs = [0.5, 2.5]
    while True:
        print(largest(xs))
        xs.pop()


if __name__ == "__main__":
    main()
