# range() with one, two and three arguments, including negative steps.


def collect(start: int, stop: int, step: int) -> list[int]:
    out: list[int] = []
    for i in range(start, stop, step):
        out.append(i)
    return out


def main() -> None:
    print(list(range(5)), list(range(0)), list(range(-3)))
    print(list(range(2, 8)), list(range(8, 2)), list(range(-4, 2)))
    print(collect(0, 10, 3), collect(10, 0, -3), collect(10, -10, -7))
    print(collect(5, 5, 1), collect(5, 6, 100), collect(-1, -10, -2))
    print(len(list(range(0, 100, 7))), len(list(range(100, 0, -7))), len(list(range(3, 3))))
    total = 0
    for i in range(100, 0, -1):
        total += i
    print(total)
    for i in reversed(range(3)):
        print("rev", i)
    for i in reversed(range(1, 10, 4)):
        print("rev step", i)
    n = 4
    for i in range(n):
        print(i, end=" ")
    print()
    print(list(range(-5, 5, 2)), list(range(5, -5, -2)))


if __name__ == "__main__":
    main()
