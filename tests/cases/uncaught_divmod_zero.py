# divmod() by zero raises ZeroDivisionError.


def split(total: int, n: int) -> tuple[int, int]:
    return divmod(total, n)


def main() -> None:
    for n in range(3, -1, -1):
        q, r = split(17, n)
        print(n, q, r, split(-17, n))


if __name__ == "__main__":
    main()
