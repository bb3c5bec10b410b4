# Unary minus, plus, invert and not, with augmented assignment.


def negate(x: int) -> int:
    return -x


def flip(b: bool) -> bool:
    return not b


def main() -> None:
    for x in [0, 1, -1, 42, -1000]:
        print(x, negate(x), +x, ~x, -(-x), ~~x)
    print(flip(True), flip(False), not not True)
    f = 2.5
    print(-f, +f, -(-f), -0.0, -(0.0))
    n = 10
    n += 5
    n -= 3
    n *= 4
    n //= 5
    n %= 7
    n **= 3
    print(n)
    g = 1.0
    g += 0.5
    g *= 3.0
    g /= 4.0
    g -= 0.125
    g **= 2.0
    print(g)
    s = "ab"
    s += "cd"
    s *= 2
    print(s)


if __name__ == "__main__":
    main()
