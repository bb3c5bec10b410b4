# Integer floor division by zero raises ZeroDivisionError (exit status 1).


def bucket(total: int, parts: int) -> int:
    return total // parts


def main() -> None:
    for parts in [4, 2, 1, 0, 3]:
        print("parts", parts)
        print("bucket", bucket(100, parts))


if __name__ == "__main__":
    main()
