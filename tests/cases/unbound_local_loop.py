def f(n: int) -> int:
    for i in range(n):
        last = i * 10
    return last


def main() -> None:
    print(f(3))
    print(f(0))


if __name__ == "__main__":
    main()
