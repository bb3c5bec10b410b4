# Iteration helpers: enumerate, zip of two sequences, reversed.


def dot(xs: list[float], ys: list[float]) -> float:
    s = 0.0
    for x, y in zip(xs, ys):
        s += x * y
    return s


def main() -> None:
    words = ["zero", "one", "two", "three"]
    for i, w in enumerate(words):
        print(i, w, len(w))
    print(dot([1.0, 2.0, 3.0], [4.0, 5.0, 6.0]), dot([1.0, 2.0], [3.0, 4.0, 5.0]))
    for a, b in zip(range(3), "abcdef"):
        print(a, b)
    for w in reversed(words):
        print(w, end=" ")
    print()
    for i, c in enumerate("hey"):
        print(i, c)
    for x, w in zip([1.5, 2.5], words):
        print(x, w)
    lens = [len(w) * i for i, w in enumerate(words)]
    print(lens)
    for i in reversed(range(2, 12, 3)):
        print(i, end=",")
    print()
    for p in zip([1, 2], [3, 4]):
        print(p)


if __name__ == "__main__":
    main()
