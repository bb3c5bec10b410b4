# sys.exit(3) ends the program with exit status 3 and no traceback.
import sys


def process(xs: list[int]) -> int:
    total = 0
    for x in xs:
        if x < 0:
            print("negative value, giving up at", x)
            sys.exit(3)
        total += x
        print("running total", total)
    return total


def main() -> None:
    print(process([1, 2, 3]))
    print(process([4, -5, 6]))
    print("never printed")


if __name__ == "__main__":
    main()
