# Default parameter values and keyword arguments in calls.


def scale(x: float, factor: float = 2.0, offset: float = 0.0) -> float:
    return x * factor + offset


def repeat(s: str, n: int = 2, sep: str = "-") -> str:
    out = ""
    for i in range(n):
        if i > 0:
            out += sep
        out += s
    return out


def clamp(x: int, lo: int = 0, hi: int = 10) -> int:
    return max(lo, min(x, hi))


def main() -> None:
    print(scale(3.0), scale(3.0, 3.0), scale(3.0, 3.0, 1.0))
    print(scale(3.0, offset=0.5), scale(x=1.5, factor=-1.0), scale(2.0, offset=1.0, factor=0.5))
    print(repeat("ab"), repeat("ab", 3), repeat("ab", sep="+"), repeat("x", n=4, sep=""))
    print(repeat(sep=", ", s="hi", n=3))
    for v in [-5, 0, 5, 10, 15]:
        print(v, clamp(v), clamp(v, 1), clamp(v, hi=3), clamp(v, lo=-2, hi=12))
    print("a", "b", "c", sep="")
    print("a", "b", sep=" | ", end=" <end>\n")
    print(sorted([3, 1, 2], reverse=True), round(2.567, 1))


if __name__ == "__main__":
    main()
