# list methods at edges: insert/pop with out-of-range and negative indexes, self-extend, comparisons.


def main() -> None:
    a = [1, 2, 3]
    a.insert(100, 9)
    a.insert(-100, 0)
    a.insert(-1, 7)
    a.insert(2, 5)
    print(a)
    print(a.pop(), a.pop(0), a.pop(-2), a)
    a.extend(a)
    print(a)
    a += a
    print(len(a), a.count(5), a.index(5), a.index(7))
    b = a
    b += [100]
    print(a[-1], len(b))
    c = a * 0
    print(c, len(c))
    s = ["pear", "fig", "apple"]
    s.sort()
    print(s, s.index("fig"))
    s.sort(reverse=True)
    print(s)
    s.reverse()
    print(s, s.copy() == s, s < ["apple", "fig", "zz"], ["a"] < ["a", "a"], [2] > [1, 9])
    f = [3.5, -1.0, 2.25, -0.0, 0.0]
    f.sort()
    print(f, f.count(0.0), f.index(0.0))
    g = [[3, 1], [1, 2], [3, 0]]
    g.sort()
    print(g, g[0] < g[1], [[1]] == [[1]])
    h: list[list[str]] = [[]]
    h[0].append("q")
    h.append(h[0])
    h[1].append("r")
    print(h, len(h[0]))
    c2 = h.copy()
    c2[0].append("s")
    c2.append(["t"])
    print(h, c2)
    h.clear()
    print(h, c2, len(h))
    e: list[int] = []
    e.extend([4, 5])
    e.extend(e[:1])
    print(e, e == [4, 5, 4], e != [4, 5], [1, 2] + e)


if __name__ == "__main__":
    main()
