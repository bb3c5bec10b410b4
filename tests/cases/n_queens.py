# N-queens by backtracking over a list of column positions.


def safe(cols: list[int], row: int, col: int) -> bool:
    for r in range(row):
        c = cols[r]
        if c == col or abs(c - col) == row - r:
            return False
    return True


def solve(cols: list[int], row: int, n: int) -> int:
    if row == n:
        return 1
    count = 0
    for col in range(n):
        if safe(cols, row, col):
            cols[row] = col
            count += solve(cols, row + 1, n)
    return count


def first_solution(n: int) -> list[int]:
    cols = [0] * n
    row = 0
    cols[0] = -1
    while 0 <= row < n:
        cols[row] += 1
        while cols[row] < n and not safe(cols, row, cols[row]):
            cols[row] += 1
        if cols[row] < n:
            row += 1
            if row < n:
                cols[row] = -1
        else:
            row -= 1
    return cols


def main() -> None:
    for n in range(1, 9):
        print(n, solve([0] * n, 0, n))
    sol = first_solution(8)
    print(sol)
    for r in range(8):
        print("".join(["Q" if sol[r] == c else "." for c in range(8)]))


if __name__ == "__main__":
    main()
