# Mutually recursive functions, defined in either order.


def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


def hofstadter_f(n: int) -> int:
    if n == 0:
        return 1
    return n - hofstadter_m(hofstadter_f(n - 1))


def hofstadter_m(n: int) -> int:
    if n == 0:
        return 0
    return n - hofstadter_f(hofstadter_m(n - 1))


def main() -> None:
    for n in [0, 1, 2, 7, 10, 99, 100]:
        print(n, is_even(n), is_odd(n))
    print([hofstadter_f(n) for n in range(20)])
    print([hofstadter_m(n) for n in range(20)])


if __name__ == "__main__":
    main()
