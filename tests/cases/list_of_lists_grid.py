# A 2-D grid as a list of lists: transpose, row/column sums, neighbours.

ROWS = 4
COLS = 5


def make_grid(rows: int, cols: int) -> list[list[int]]:
    g: list[list[int]] = []
    for r in range(rows):
        g.append([(r * cols + c) % 7 for c in range(cols)])
    return g


def transpose(g: list[list[int]]) -> list[list[int]]:
    return [[g[r][c] for r in range(len(g))] for c in range(len(g[0]))]


def neighbours(g: list[list[int]], r: int, c: int) -> int:
    total = 0
    for dr in range(-1, 2):
        for dc in range(-1, 2):
            rr = r + dr
            cc = c + dc
            if (dr != 0 or dc != 0) and 0 <= rr < len(g) and 0 <= cc < len(g[0]):
                total += g[rr][cc]
    return total


def main() -> None:
    g = make_grid(ROWS, COLS)
    for row in g:
        print(row)
    t = transpose(g)
    print(t)
    print([sum(row) for row in g], [sum(col) for col in t])
    for r in range(ROWS):
        print(" ".join([str(neighbours(g, r, c)) for c in range(COLS)]))
    g[0][0] = 99
    print(g[0], t[0])


if __name__ == "__main__":
    main()
