# Tuple literals, constant indexing, unpacking, equality and printing.


def pair(a: int, b: float) -> tuple[int, float]:
    return a, b


def swap(p: tuple[int, int]) -> tuple[int, int]:
    return p[1], p[0]


def main() -> None:
    t = (1, 2, 3)
    print(t, t[0], t[2], t[-1])
    one = (5,)
    print(one, one[0])
    print(pair(3, 0.5), pair(-1, 1e16))
    print(swap((1, 2)), swap(swap((7, 8))))
    mixed = (1, 2.5, "three", True)
    print(mixed, mixed[2], mixed[3])
    a, b, c = t
    print(a + b + c)
    print((1, 2) == (1, 2), (1, 2) != (2, 1), (1, 2) == (2, 1), (1, 2.5) == (1, 2.5))
    total = 0
    for v in (10, 20, 30):
        total += v
    print(total, 20 in (10, 20, 30), 25 in (10, 20, 30))
    nested = ((1, 2), (3, 4))
    print(nested, nested[1][0])
    names = ("x", "y")
    for s in names:
        print(s, end=";")
    print()
    print((0.1, -0.0, float("inf")), ("a", 'b"c', "d'e"))


if __name__ == "__main__":
    main()
