# krait: args=10 20 -5 7
# Command-line arguments via sys.argv, converted with int().
import sys


def total(args: list[str]) -> int:
    s = 0
    for a in args:
        s += int(a)
    return s


def main() -> None:
    args = sys.argv[1:]
    print(len(sys.argv), len(args))
    print(args)
    print("sum", total(args), "first", int(sys.argv[1]), "last", int(sys.argv[-1]))
    print([int(a) * 2 for a in args])


if __name__ == "__main__":
    main()
