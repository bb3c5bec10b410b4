# krait: args=7
# The exit status is computed from an argument (7 % 4 = 3).
import sys


def main() -> None:
    n = int(sys.argv[1])
    print("n =", n)
    code = n % 4
    if code != 0:
        print("exiting with", code)
        sys.exit(code)
    print("clean exit")


if __name__ == "__main__":
    main()
