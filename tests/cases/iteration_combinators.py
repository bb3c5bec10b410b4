# enumerate with a start, nested and unequal zips, reversed over ranges/strings/lists, nesting.


def main() -> None:
    xs = [10, 20, 30, 40]
    ws = ["a", "b", "c"]
    fs = [0.5, 1.5]
    for i, x in enumerate(xs, 1):
        print(i, x, end="; ")
    print()
    for i, w in enumerate(ws, -2):
        print(i, w, end="; ")
    print()
    for (a, b), c in zip(zip(xs, ws), fs):
        print(a, b, c)
    for i, (s, t) in enumerate(zip(ws, xs)):
        print(i, s * (i + 1), t)
    for ch, n in zip("hello", range(100, 0, -30)):
        print(ch, n, end=" ")
    print()
    for i in reversed(range(2, 12, 3)):
        print(i, end=" ")
    for ch in reversed("abc"):
        print(ch, end=" ")
    print()
    for i, ch in enumerate(reversed(ws)):
        print(i, ch, end=" ")
    print()
    for i, row in enumerate([[1, 2], [3]]):
        for j, v in enumerate(row):
            print((i, j, v), end=" ")
    print()
    pairs = [(p, q) for p, q in zip(ws, ws[1:])]
    print(pairs, [k * f for k, f in enumerate(fs)], [ch2 for ch2, _ in zip("xyz", [0])])
    total = 0
    for (m, n), s in zip(zip(xs, xs[1:]), ws):
        total += m * n
        print(s, m, n)
    print(total)
    for k in range(3, 0, -1):
        for i in reversed(range(k)):
            print(i, end="")
        print("|", end="")
    print()


if __name__ == "__main__":
    main()
