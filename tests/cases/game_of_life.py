# Conway's game of life on a small torus, printed each generation.


def step(g: list[list[int]]) -> list[list[int]]:
    rows = len(g)
    cols = len(g[0])
    out = [[0] * cols for r in range(rows)]
    for r in range(rows):
        for c in range(cols):
            n = 0
            for dr in [-1, 0, 1]:
                for dc in [-1, 0, 1]:
                    if dr != 0 or dc != 0:
                        n += g[(r + dr) % rows][(c + dc) % cols]
            if n == 3 or (n == 2 and g[r][c] == 1):
                out[r][c] = 1
    return out


def show(g: list[list[int]]) -> None:
    for row in g:
        print("".join(["#" if v == 1 else "." for v in row]))


def main() -> None:
    g = [[0] * 10 for r in range(8)]
    for r, c in zip([0, 1, 2, 2, 2], [1, 2, 0, 1, 2]):
        g[r][c] = 1
    g[5][6] = 1
    g[5][7] = 1
    g[5][8] = 1
    for gen in range(5):
        print("generation", gen, "alive", sum([sum(row) for row in g]))
        show(g)
        g = step(g)


if __name__ == "__main__":
    main()
