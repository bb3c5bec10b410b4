# assert with an f-string message that calls a function; message evaluated only on failure.


def describe(xs: list[int]) -> str:
    print("describe called")
    return ",".join([str(x) for x in xs])


def main() -> None:
    xs = [3, 1, 2]
    assert len(xs) == 3, f"length was {len(xs)}: {describe(xs)}"
    print("first ok")
    xs.sort()
    assert xs == [1, 2, 3], describe(xs)
    print("second ok")
    ys = [1.5, -0.0, 2.25]
    assert sum(ys) < 3.0, f"sum {sum(ys)!r} too big from {ys} / {describe(xs)}"
    print("unreachable")


if __name__ == "__main__":
    main()
