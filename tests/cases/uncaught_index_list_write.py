# Writing past the end of a list raises IndexError.


def fill(xs: list[float], n: int) -> None:
    for i in range(n):
        xs[i] = i * 0.5
        print("set", i, xs[i])


def main() -> None:
    xs = [0.0] * 4
    fill(xs, 3)
    print(xs)
    fill(xs, 6)
    print("unreachable", xs)


if __name__ == "__main__":
    main()
