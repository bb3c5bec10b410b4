# Lists used as a stack (append/pop) and a queue (append/pop(0)): bracket
# matching and breadth-first search on a grid.


def balanced(s: str) -> bool:
    stack: list[str] = []
    pairs = "()[]{}"
    for c in s:
        k = pairs.find(c)
        if k < 0:
            continue
        if k % 2 == 0:
            stack.append(c)
        else:
            if len(stack) == 0 or stack.pop() != pairs[k - 1]:
                return False
    return len(stack) == 0


def bfs(grid: list[str], sr: int, sc: int, tr: int, tc: int) -> int:
    rows = len(grid)
    cols = len(grid[0])
    dist = [[-1] * cols for r in range(rows)]
    qr = [sr]
    qc = [sc]
    dist[sr][sc] = 0
    while len(qr) > 0:
        r = qr.pop(0)
        c = qc.pop(0)
        for dr, dc in zip([1, -1, 0, 0], [0, 0, 1, -1]):
            nr = r + dr
            nc = c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and dist[nr][nc] < 0:
                dist[nr][nc] = dist[r][c] + 1
                qr.append(nr)
                qc.append(nc)
    return dist[tr][tc]


def main() -> None:
    for s in ["()", "([]{})", "(]", "((", "", "a(b[c]d)e", "}{", "{[()()]}"]:
        print(repr(s), balanced(s))
    maze = ["..#.....",
            ".##.###.",
            "....#...",
            "###.#.#.",
            "......#."]
    print(bfs(maze, 0, 0, 4, 7), bfs(maze, 0, 0, 0, 3), bfs(maze, 0, 0, 0, 0))


if __name__ == "__main__":
    main()
