# Indexing (including negative indices) and slicing of lists.


def window(xs: list[int], start: int, stop: int) -> list[int]:
    return xs[start:stop]


def main() -> None:
    xs = [10, 20, 30, 40, 50, 60, 70]
    print(xs[0], xs[6], xs[-1], xs[-7], xs[len(xs) - 1])
    print(xs[1:3], xs[:2], xs[5:], xs[:], xs[-3:], xs[:-3])
    print(xs[::2], xs[1::2], xs[::-1], xs[::-2], xs[5:1:-1], xs[-1:-4:-1])
    print(xs[2:2], xs[5:2], xs[10:20], xs[-100:2], xs[3:100])
    print(window(xs, 1, 4), window(xs, -2, 7), window(xs, 0, 0))
    xs[0] = 11
    xs[-1] = 77
    xs[3] += 4
    print(xs)
    ys = xs[::-1]
    ys[0] = 0
    print(xs[-1], ys[0])
    grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
    print(grid[1][2], grid[-1][0], grid[0][-1], grid[2][::-1], grid[::2])
    grid[1][1] = 50
    print(grid)
    i = 0
    while i < len(xs):
        xs[i] = xs[i] * 2
        i += 2
    print(xs)


if __name__ == "__main__":
    main()
