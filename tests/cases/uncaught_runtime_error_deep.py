# A RuntimeError raised three calls deep ends the program.


def level3(n: int) -> int:
    if n > 2:
        raise RuntimeError("level3 failed for n=" + str(n))
    return n * 10


def level2(n: int) -> int:
    return level3(n) + 1


def level1(n: int) -> int:
    return level2(n) * 2


def main() -> None:
    for n in range(5):
        print(n, level1(n))


if __name__ == "__main__":
    main()
