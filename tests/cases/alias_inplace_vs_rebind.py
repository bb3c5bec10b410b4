# In-place list operators mutate shared objects; rebinding with + creates a new list.


def extend_inplace(xs: list[int]) -> None:
    xs += [100]


def extend_rebind(xs: list[int]) -> list[int]:
    xs = xs + [200]
    return xs


def grow_rows(g: list[list[int]]) -> None:
    for row in g:
        row += [len(row)]


def main() -> None:
    a = [1, 2]
    b = a
    extend_inplace(a)
    c = extend_rebind(b)
    print(a, b, c)
    a += a
    print(a, b)
    a = a + [7]
    print(a, b)
    grid = [[0], [1, 1]]
    alias = grid[1]
    snap = [row[:] for row in grid]
    shallow = grid.copy()
    lst = list(grid)
    grow_rows(grid)
    print(grid, alias, snap, shallow, lst)
    shallow.append([9])
    lst[0] = [8]
    print(grid, shallow, lst)
    rep = [alias] * 3
    rep[0].append(5)
    print(rep, grid[1] == rep[2], len(rep))
    s = "ab"
    t = s
    s += "c"
    print(s, t)
    e: list[list[str]] = []
    e.append(["w"])
    e[0] += ["x"]
    e += [e[0]]
    e[1].append("y")
    print(e)


if __name__ == "__main__":
    main()
