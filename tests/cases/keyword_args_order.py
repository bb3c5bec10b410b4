# Default arguments and keyword arguments passed in different orders, evaluated left to right.

count: list[int] = [0]


def next_id() -> int:
    count[0] += 1
    return count[0] * 100


def box(w: int, h: int = 2, label: str = "box", scale: float = 1.0) -> str:
    return f"{label}:{w}x{h}@{scale}"


def tag(v: int, seen: int = 10 * 10 + 1) -> int:
    return v + seen


def trace(name: str, v: int) -> int:
    print("arg", name)
    return v


def combine(a: int, b: int, c: int = 0) -> int:
    return a * 100 + b * 10 + c


def main() -> None:
    print(box(1), box(1, 3), box(1, label="L"), box(w=4, scale=0.5))
    print(box(scale=2.5, label="S", h=9, w=1), box(2, scale=3.0, h=1))
    print(tag(1), tag(2), tag(3, 5), tag(seen=1, v=1), count[0], next_id())
    print(combine(c=trace("c", 3), a=trace("a", 1), b=trace("b", 2)))
    print(combine(trace("p", 4), c=trace("q", 6), b=trace("r", 5)))
    print(combine(b=1, a=2), combine(7, 8))


if __name__ == "__main__":
    main()
