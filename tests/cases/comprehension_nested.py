# Nested and filtered list comprehensions, with tuple targets, zip, enumerate and strings.


def main() -> None:
    m = [[i * j for j in range(4) if j != i] for i in range(3)]
    print(m)
    flat = [x for row in m for x in row if x % 2 == 0]
    print(flat)
    pairs = [(i, j) for i in range(3) for j in range(i)]
    print(pairs)
    xs = [1, 2, 3]
    ys = [x * 2 for x in xs if x > 1]
    zs = [[y] * y for y in ys]
    print(ys, zs)
    w = [c.upper() for c in "abc" if c != "b"]
    print(w)
    tt = [a + b for a, b in zip([1, 2], [10, 20])]
    print(tt, [i * v for i, v in enumerate([5, 6, 7])])
    nested = [[c for c in word] for word in ["hi", "yo"]]
    print(nested)
    k = 10
    print([k + i for i in range(3)], k)
    cond = [i if i % 2 else -i for i in range(5)]
    print(cond, [str(i) for i in reversed(range(3))])
    lens = [len(s) for s in ["", "a", "ab"]]
    print(lens, sum([i for i in range(10)]), max([-i for i in range(1, 5)]))


if __name__ == "__main__":
    main()
