# Conway's game of life on a uint8 grid with a neighbour sum from slices.
import numpy as np


def step(g: "u8[:, :]") -> "u8[:, :]":
    n, m = g.shape
    p = np.zeros((n + 2, m + 2), dtype=np.int64)
    p[1:-1, 1:-1] = g
    nb = (p[:-2, :-2] + p[:-2, 1:-1] + p[:-2, 2:] + p[1:-1, :-2] + p[1:-1, 2:]
          + p[2:, :-2] + p[2:, 1:-1] + p[2:, 2:])
    alive = g == 1
    born = (nb == 3) & ~alive
    keep = alive & ((nb == 2) | (nb == 3))
    return (born | keep).astype(np.uint8)


def show(g: "u8[:, :]") -> None:
    for row in g:
        print("".join(["#" if c == 1 else "." for c in row]))


def main() -> None:
    g = np.zeros((8, 8), dtype=np.uint8)
    g[1, 2] = 1
    g[2, 3] = 1
    g[3, 1:4] = 1
    g[6, 5:8] = 1
    for t in range(4):
        g = step(g)
    show(g)
    print(g.sum(), g)


if __name__ == "__main__":
    main()
