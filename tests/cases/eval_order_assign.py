# Assignment evaluation order: right-hand side first, then targets left to right.


def t(name: str, v: int) -> int:
    print("eval", name)
    return v


def lst(name: str, xs: list[int]) -> list[int]:
    print("list", name)
    return xs


def main() -> None:
    a = [0, 0, 0, 0]
    a[t("idx", 1)] = t("rhs", 5)
    print(a)
    lst("target", a)[t("i2", 2)] = t("rhs2", 7)
    print(a)
    a[t("ia", 0)], a[t("ib", 3)] = t("va", 1), t("vb", 2)
    print(a)
    b = [10, 20]
    b[t("j", 0)] += t("k", 1) * t("m", 3)
    print(b)
    x = y = t("chain", 9)
    print(x, y)
    a[t("c1", 1)] = a[t("c2", 2)] = t("cv", 4)
    print(a)
    print(t("lo", 1) <= t("mid", 2) <= t("hi", 3))
    print(t("l", 5) < t("m", 1) < t("never", 3))
    s = [t("e1", 1) + t("e2", 2) for _ in range(2)]
    print(s)
    g = [[0, 0], [0, 0]]
    g[t("row", 1)][t("col", 0)] = t("gv", 8)
    print(g)
    c = t("cond", 1) and t("then", 0) or t("else", 4)
    print(c)


if __name__ == "__main__":
    main()
