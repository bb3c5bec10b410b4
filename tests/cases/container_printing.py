# print/str/repr of nested lists and tuples with str, float, bool and empty elements.


def pair(a: int, b: str) -> tuple[int, str]:
    return a, b


def main() -> None:
    words = ["it's", 'say "hi"', "back\\slash", "tab\there", "nl\nx", "", "é"]
    print(words)
    print(repr(words[0]), repr(words[1]), str(words[2]), repr(words[3]))
    ef: list[float] = []
    es: list[str] = []
    grid = [[1.0, -0.0], [1e16, 2.5e-7], ef]
    print(grid, len(grid))
    flags = [[True, False], [False]]
    print(flags, str(flags), repr(flags))
    tups = [pair(1, "a"), pair(-2, "b'c")]
    print(tups, tups[1], tups[0][1])
    t = (1, 2.0, "three", True, [4, 5])
    print(t, str(t), f"{t}")
    nested = [[["deep"]], [es, ["x", "y"]]]
    print(nested, nested[1][1][0])
    single = (7,)
    print(single, [single], ((1, 2), (3, "4")))
    print([[0] * 3] * 2, [es] * 2, [""] * 3)
    s = str([1, 2]) + str((3, 4)) + str([0.5])
    print(s, len(s))
    print(f"{[1.5, 2.0]!r} {words[:2]} {(True, 'n')}")


if __name__ == "__main__":
    main()
