# An exception raised without arguments prints only its type name.


def countdown(n: int) -> None:
    while n >= 0:
        print(n)
        n -= 1
    raise IndexError()


def main() -> None:
    countdown(3)
    print("not reached")


if __name__ == "__main__":
    main()
