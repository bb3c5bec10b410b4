# Early returns from inside loops and nested conditions.


def index_of(xs: list[str], s: str) -> int:
    for i in range(len(xs)):
        if xs[i] == s:
            return i
    return -1


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    if n < 4:
        return True
    if n % 2 == 0:
        return False
    i = 3
    while i * i <= n:
        if n % i == 0:
            return False
        i += 2
    return True


def describe(n: int) -> str:
    if n < 0:
        return "negative"
    for d in range(2, 10):
        if n > 0 and n % d == 0:
            if d > 5:
                return "divisible by big " + str(d)
            return "divisible by " + str(d)
    return "other"


def log_and_stop(n: int) -> None:
    for i in range(n):
        if i == 3:
            print("stopping at", i)
            return
        print("step", i)
    print("ran all", n)


def main() -> None:
    names = ["ada", "bob", "cy", "dee"]
    for s in ["cy", "ada", "zed", ""]:
        print(repr(s), index_of(names, s))
    print([n for n in range(60) if is_prime(n)])
    for n in [-3, 0, 1, 4, 9, 25, 49, 121, 77]:
        print(n, describe(n))
    log_and_stop(2)
    log_and_stop(10)


if __name__ == "__main__":
    main()
