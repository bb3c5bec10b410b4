# krait: args=30 2.5 "hello world"
# sys.argv with int, float and quoted string arguments.
import sys


def fib(n: int) -> int:
    a = 0
    b = 1
    for i in range(n):
        a, b = b, a + b
    return a


def main() -> None:
    n = int(sys.argv[1])
    x = float(sys.argv[2])
    word = sys.argv[3]
    print("fib", n, "=", fib(n))
    print("scaled", x * n, x ** 2)
    print(word.upper(), len(word), word.split())


if __name__ == "__main__":
    main()
