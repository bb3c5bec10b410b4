# Matrix multiplication on lists of lists of floats and ints.


def matmul(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    n = len(a)
    m = len(b[0])
    k = len(b)
    c = [[0.0] * m for i in range(n)]
    for i in range(n):
        for j in range(m):
            s = 0.0
            for p in range(k):
                s += a[i][p] * b[p][j]
            c[i][j] = s
    return c


def identity(n: int) -> list[list[float]]:
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]


def imatpow(a: list[list[int]], e: int) -> list[list[int]]:
    r = [[1, 0], [0, 1]]
    while e > 0:
        if e % 2 == 1:
            r = [[r[0][0] * a[0][0] + r[0][1] * a[1][0], r[0][0] * a[0][1] + r[0][1] * a[1][1]],
                 [r[1][0] * a[0][0] + r[1][1] * a[1][0], r[1][0] * a[0][1] + r[1][1] * a[1][1]]]
        a = [[a[0][0] * a[0][0] + a[0][1] * a[1][0], a[0][0] * a[0][1] + a[0][1] * a[1][1]],
             [a[1][0] * a[0][0] + a[1][1] * a[1][0], a[1][0] * a[0][1] + a[1][1] * a[1][1]]]
        e //= 2
    return r


def main() -> None:
    a = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
    b = [[0.5, -1.0], [1.5, 2.0], [-0.25, 0.1]]
    print(matmul(a, b))
    print(matmul(b, a))
    print(matmul(identity(3), b) == b, identity(2))
    h = [[1.0 / (i + j + 1) for j in range(4)] for i in range(4)]
    for row in matmul(h, h):
        print([f"{x:.6f}" for x in row])
    print(imatpow([[1, 1], [1, 0]], 10), imatpow([[1, 1], [1, 0]], 60)[0][1])


if __name__ == "__main__":
    main()
