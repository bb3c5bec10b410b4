# Backtracking sudoku solver over a flat list[int] with recursion and early exits.


def ok(b: list[int], pos: int, v: int) -> bool:
    r = pos // 9
    c = pos % 9
    for k in range(9):
        if b[r * 9 + k] == v or b[k * 9 + c] == v:
            return False
    br = r // 3 * 3
    bc = c // 3 * 3
    for i in range(br, br + 3):
        for j in range(bc, bc + 3):
            if b[i * 9 + j] == v:
                return False
    return True


def solve(b: list[int], calls: list[int]) -> bool:
    calls[0] += 1
    try_pos = -1
    for p in range(81):
        if b[p] == 0:
            try_pos = p
            break
    if try_pos < 0:
        return True
    for v in range(1, 10):
        if ok(b, try_pos, v):
            b[try_pos] = v
            if solve(b, calls):
                return True
            b[try_pos] = 0
    return False


def main() -> None:
    rows = ["530070000", "600195000", "098000060", "800060003", "400803001",
            "700020006", "060000280", "000419005", "000080079"]
    b = [int(ch) for row in rows for ch in row]
    calls = [0]
    print(solve(b, calls), calls[0])
    for r in range(9):
        line = ""
        for c in range(9):
            line += str(b[r * 9 + c]) + ("|" if c % 3 == 2 and c < 8 else "")
        print(line)
        if r % 3 == 2 and r < 8:
            print("-" * 11)
    print(sum(b), b.count(9), b[::10])


if __name__ == "__main__":
    main()
