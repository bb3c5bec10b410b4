# Mutating a list while iterating over it follows CPython's index-based iteration.


def main() -> None:
    xs = [1, 2, 3]
    for x in xs:
        if x < 6:
            xs.append(x + 3)
    print(xs)
    ys = [1, 2, 3, 4, 5, 6]
    for y in ys:
        if y % 2 == 0:
            ys.pop(ys.index(y))
    print(ys)
    zs = [5, 4, 3, 2, 1]
    seen: list[int] = []
    for z in zs:
        seen.append(z)
        if len(zs) > 2:
            zs.pop()
    print(zs, seen)
    words = ["a", "bb", "ccc"]
    for w in words:
        if len(w) < 3:
            words.insert(0, w + "!")
        if len(words) > 6:
            break
    print(words)
    grid = [[1], [2]]
    for row in grid:
        row.append(row[0] * 10)
        if len(grid) < 4:
            grid.append([row[0] + 2])
    print(grid)
    ss = "abc"
    out = ""
    for ch in ss:
        ss = ss + "x"
        out += ch
    print(out, ss)
    e = [0, 1, 2, 3]
    for i, v in enumerate(e):
        e[i] = v * 10
        if i == 1:
            e.clear()
    print(e)
    r = [1, 2, 3]
    for v in reversed(r):
        print(v, end=" ")
        r[0] = 100
    print(r)


if __name__ == "__main__":
    main()
