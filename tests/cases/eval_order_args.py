# Side effects in arguments, operands, comparisons and boolean operators run left to right.

log: list[str] = []


def t(name: str, v: int) -> int:
    log.append(name)
    print("eval", name)
    return v


def add3(a: int, b: int, c: int) -> int:
    return a * 100 + b * 10 + c


def main() -> None:
    print(add3(t("a", 1), t("b", 2), t("c", 3)))
    print(t("x", 5) - t("y", 3) * t("z", 2))
    print(t("p", 1) < t("q", 2) < t("r", 0) < t("s", 9))
    print(t("m", 0) and t("n", 1))
    print(t("m2", 3) or t("n2", 1))
    print(t("o", 0) or t("o2", 0) or t("o3", 7))
    v = t("yes", 1) if t("cond", 0) else t("no", 2)
    print(v)
    print([t("l1", 1), t("l2", 2)] + [t("l3", 3)])
    print(f"{t('f1', 1)}-{t('f2', 2)}")
    print(max(t("mx1", 4), t("mx2", 9), t("mx3", 2)))
    print(not t("neg", 0), -t("un", 4))
    print(t("e1", 2) ** t("e2", 3))
    print(t("d1", 17) // t("d2", 5), t("d3", 17) % t("d4", 5))
    print(",".join(log))


if __name__ == "__main__":
    main()
