# FizzBuzz, in two styles.


def fizz(n: int) -> str:
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)


def fizz2(n: int) -> str:
    s = ""
    if n % 3 == 0:
        s += "Fizz"
    if n % 5 == 0:
        s += "Buzz"
    return s if len(s) > 0 else str(n)


def main() -> None:
    for i in range(1, 31):
        print(fizz(i))
    print(" ".join([fizz2(i) for i in range(1, 31)]))
    print(all([fizz(i) == fizz2(i) for i in range(1, 1000)]))


if __name__ == "__main__":
    main()
