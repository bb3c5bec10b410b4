# Fill an n x m matrix in spiral order and print it aligned.


def spiral(n: int, m: int) -> list[list[int]]:
    g = [[0] * m for i in range(n)]
    top = 0
    bottom = n - 1
    left = 0
    right = m - 1
    k = 1
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            g[top][c] = k
            k += 1
        top += 1
        for r in range(top, bottom + 1):
            g[r][right] = k
            k += 1
        right -= 1
        if top <= bottom:
            for c in range(right, left - 1, -1):
                g[bottom][c] = k
                k += 1
            bottom -= 1
        if left <= right:
            for r in range(bottom, top - 1, -1):
                g[r][left] = k
                k += 1
            left += 1
    return g


def main() -> None:
    for n, m in zip([1, 3, 4, 5], [1, 3, 6, 2]):
        print(n, "x", m)
        for row in spiral(n, m):
            print(" ".join([f"{v:3d}" for v in row]))


if __name__ == "__main__":
    main()
