# Longest common subsequence and edit distance with 2-D DP tables.


def lcs(a: str, b: str) -> str:
    n = len(a)
    m = len(b)
    t = [[0] * (m + 1) for i in range(n + 1)]
    for i in range(n):
        for j in range(m):
            if a[i] == b[j]:
                t[i + 1][j + 1] = t[i][j] + 1
            else:
                t[i + 1][j + 1] = max(t[i][j + 1], t[i + 1][j])
    out = ""
    i = n
    j = m
    while i > 0 and j > 0:
        if a[i - 1] == b[j - 1]:
            out = a[i - 1] + out
            i -= 1
            j -= 1
        elif t[i - 1][j] >= t[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return out


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return prev[len(b)]


def main() -> None:
    lefts = ["ABCBDAB", "kitten", "", "same", "AGGTAB"]
    rights = ["BDCABA", "sitting", "abc", "same", "GXTXAYB"]
    for a, b in zip(lefts, rights):
        s = lcs(a, b)
        print(repr(a), repr(b), repr(s), len(s), edit_distance(a, b))


if __name__ == "__main__":
    main()
