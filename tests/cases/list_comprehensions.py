# List comprehensions with one for, an optional if, and nested over rows.


def squares(n: int) -> list[int]:
    return [i * i for i in range(n)]


def evens(xs: list[int]) -> list[int]:
    return [x for x in xs if x % 2 == 0]


def main() -> None:
    print(squares(10), evens(squares(10)))
    print([x / 2 for x in [1, 2, 3]], [str(x) for x in range(4)])
    print([c.upper() for c in "hello" if c != "l"])
    print([len(w) for w in ["a", "bb", "ccc"]])
    grid = [[i * 3 + j for j in range(3)] for i in range(4)]
    print(grid)
    doubled = [[v * 2 for v in row] for row in grid]
    print(doubled)
    print([sum(row) for row in grid], [row[0] for row in grid if row[0] > 2])
    flat: list[int] = []
    for row in grid:
        flat.extend(row)
    print(flat)
    print([x for x in flat if x % 4 == 0 and x > 0])
    print([x > 5 for x in flat])
    print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
    print([i * v for i, v in enumerate([5, 6, 7])])
    print([0.5 * i for i in range(-2, 3)])


if __name__ == "__main__":
    main()
