# Integer modulo by zero raises ZeroDivisionError.


def wrap(i: int, n: int) -> int:
    return i % n


def main() -> None:
    sizes = [5, 3, 0]
    for n in sizes:
        print(n, [wrap(i, n) for i in range(-3, 4)])


if __name__ == "__main__":
    main()
