# error: default not constant
calls: list[int] = [0]


def make() -> int:
    calls[0] += 1
    print("make called")
    return calls[0] * 10


def f(x: int, d: int = make()) -> int:
    return x + d


def main() -> None:
    print("main starts")
    print(f(1), f(2), calls[0])


if __name__ == "__main__":
    main()
