# Solving a linear system and computing a determinant by Gaussian elimination
# with partial pivoting, on lists of lists of floats.


def solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [a[i].copy() + [b[i]] for i in range(n)]
    for col in range(n):
        piv = col
        for r in range(col + 1, n):
            if abs(m[r][col]) > abs(m[piv][col]):
                piv = r
        m[col], m[piv] = m[piv], m[col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        s = m[i][n]
        for j in range(i + 1, n):
            s -= m[i][j] * x[j]
        x[i] = s / m[i][i]
    return x


def det(a: list[list[float]]) -> float:
    n = len(a)
    m = [row.copy() for row in a]
    d = 1.0
    for col in range(n):
        piv = col
        for r in range(col + 1, n):
            if abs(m[r][col]) > abs(m[piv][col]):
                piv = r
        if m[piv][col] == 0.0:
            return 0.0
        if piv != col:
            m[col], m[piv] = m[piv], m[col]
            d = -d
        d *= m[col][col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            for c in range(col, n):
                m[r][c] -= f * m[col][c]
    return d


def main() -> None:
    a = [[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]]
    b = [8.0, -11.0, -3.0]
    print(solve(a, b))
    print(det(a), det([[1.0, 2.0], [2.0, 4.0]]), det([[0.0, 1.0], [1.0, 0.0]]))
    h = [[1.0 / (i + j + 1) for j in range(5)] for i in range(5)]
    print(det(h))
    x = solve(h, [1.0, 0.0, 0.0, 0.0, 0.0])
    print([round(v, 6) for v in x])


if __name__ == "__main__":
    main()
