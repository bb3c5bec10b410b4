# Functions returning tuples, unpacked in for targets, swaps and chained assignment.


def stats(xs: list[float]) -> tuple[float, float, int]:
    lo = min(xs)
    hi = max(xs)
    return lo, hi, len(xs)


def split_name(s: str) -> tuple[str, str]:
    i = s.find(" ")
    return s[:i], s[i + 1:]


def step(a: int, b: int) -> tuple[int, int]:
    return b, a + b


def main() -> None:
    data = [[1.0, 5.5, -2.0], [3.0], [0.5, 0.25]]
    for lo, hi, n in [stats(d) for d in data]:
        print(lo, hi, n, hi - lo)
    pairs = [(1, "one"), (2, "two"), (3, "three")]
    for num, word in pairs:
        print(num, word.upper(), end="; ")
    print()
    for i, (num, word) in enumerate(pairs):
        print(i, num * i, word[i:])
    names = ["Ada Lovelace", "Alan Turing", "Grace Hopper"]
    for first, last in [split_name(nm) for nm in names]:
        print(last + ",", first)
    a, b = 0, 1
    for _ in range(10):
        a, b = step(a, b)
    print(a, b)
    x = y = z = 7
    x += 1
    print(x, y, z)
    p = q = [1, 2]
    p.append(3)
    print(p, q)
    m, n = n0, n1 = 4, 5
    print(m, n, n0, n1)
    xs = [3, 1, 2]
    xs[0], xs[2] = xs[2], xs[0]
    print(xs)
    i = 0
    i, xs[i] = 2, 9
    print(i, xs)
    lo, hi, cnt = stats([2.0, 8.0])
    (u, v), w = (1, 2), 3
    print(lo, hi, cnt, u, v, w)
    for (aa, bb), cc in [((1, 2), 3), ((4, 5), 6)]:
        print(aa + bb + cc, end=" ")
    print()


if __name__ == "__main__":
    main()
