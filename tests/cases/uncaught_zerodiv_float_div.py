# Float division by zero raises ZeroDivisionError for Python scalars (no inf).


def inverse(x: float) -> float:
    return 1.0 / x


def main() -> None:
    x = 2.0
    while True:
        print(x, inverse(x))
        x = x - 0.5


if __name__ == "__main__":
    main()
