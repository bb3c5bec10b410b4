# sys.exit(0) from inside a loop stops the program successfully.
import sys


def search(limit: int) -> None:
    for n in range(1, limit):
        if n * n > 50:
            print("first square above 50:", n * n)
            sys.exit(0)
        print("checked", n)


if __name__ == "__main__":
    search(100)
    print("not reached")
