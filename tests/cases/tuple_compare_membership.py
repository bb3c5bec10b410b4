# Tuple operations: comparison, equality, membership, nesting, containers of tuples.


def minmax(xs):
    return min(xs), max(xs)


def main() -> None:
    a = (1, "b", 2.5)
    b = (1, "b", 3.0)
    print(a < b, a == b, a != b, a <= a, (1, 2) < (1, 2), (2, 0) > (1, 9))
    print((1, "x"), len(a), a[-1], a[0])
    print(2 in (1, 2, 3), "z" in ("a", "b"), (1, 2) in [(1, 2), (3, 4)], (0, 0) in [(1, 2)])
    pts = [(3, 1.5), (1, 2.5), (3, 0.5), (2, 9.0)]
    pts.sort()
    print(pts, min(pts), max(pts), sorted(pts, reverse=True)[0])
    print(minmax([4, 9, 1]), minmax([0.5, -1.5]), minmax(["q", "a"]))
    lo, hi = minmax([7])
    print(lo, hi)
    xs = [1, 2]
    t = (xs, "tag")
    xs.append(3)
    print(t, len(t[0]))
    nested = ((1, 2), (3, (4, 5)))
    print(nested, nested[1][1][0], nested[0] < nested[1][1])
    for i, (p, q) in enumerate(pts[:2]):
        print(i, p, q)
    u = (1, 2, 3)
    print(u, u == (1, 2, 3), str(u), repr((1.0, "s", True)))


if __name__ == "__main__":
    main()
