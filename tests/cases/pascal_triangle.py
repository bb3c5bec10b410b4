# Pascal's triangle as a list of lists, and binomial coefficients.


def pascal(n: int) -> list[list[int]]:
    rows: list[list[int]] = []
    for i in range(n):
        row = [1] * (i + 1)
        for j in range(1, i):
            row[j] = rows[i - 1][j - 1] + rows[i - 1][j]
        rows.append(row)
    return rows


def binom(n: int, k: int) -> int:
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    r = 1
    for i in range(k):
        r = r * (n - i) // (i + 1)
    return r


def main() -> None:
    rows = pascal(12)
    for row in rows:
        print(" ".join([str(x) for x in row]))
    print([sum(r) for r in rows])
    print(binom(10, 3), binom(52, 5), binom(60, 30), binom(5, 7), binom(0, 0))
    ok = True
    for i in range(len(rows)):
        for j in range(i + 1):
            ok = ok and rows[i][j] == binom(i, j)
    print(ok)


if __name__ == "__main__":
    main()
