# Tuple assignment with overlapping targets: left to right, each target after the previous one.


def main() -> None:
    a = [2, 0, 1, 3]
    i = 0
    a[i], a[a[i]] = a[a[i]], a[i]
    print(a)
    b = [1, 2, 3]
    j = 0
    j, b[j] = 2, 9
    print(j, b)
    c = [0, 0, 0]
    k = 1
    c[k], k = 5, 2
    print(c, k)
    d = [3, 4]
    d[0], d[1] = d[1], d[0]
    x, y = y0, x0 = 1, 2
    print(d, x, y, y0, x0)
    n = [[0, 1], [2, 3]]
    n[0], n[1][0] = n[1], 7
    print(n)


if __name__ == "__main__":
    main()
