# error: cannot unpack a tuple of 3 values into 2 names


def main() -> None:
    a, b = (1, 2, 3)
    print(a, b)


main()
