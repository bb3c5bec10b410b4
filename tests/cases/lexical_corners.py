# Lexical corners: continuations, semicolons, one-line suites, string prefixes and escapes.


def one_liner(x: int) -> int: return x * 2


def doc() -> str:
    """A docstring with 'quotes' and "double" ones."""
    return 'single \'escaped\' and "double"'


def main() -> None:
    a = 1 + \
        2
    b = (3 +
         4)  # trailing comment
    c = [1,
         2,  # inside list
         3,]
    x = 1; y = 2; z = x + y
    if z > 2: print("one-line if", z)
    for i in range(2): print("one-line for", i)
    print(a, b, c, one_liner(21), doc())
    print(r"raw\n\t", R"R\x41", "\x41\u00e9\U0001F600\101\u03b1", len("\0\a\b\f\v"))
    print("adjacent" ' strings' """ triple""", '''tri'ple "q"''', """line1
line2""")
    name = "k"
    print(rf"{name}\n", fr"\t{name!r}", f"{f'{name}-inner'}", f"{'x' + name:>5}", f'{name}' f"{name}")
    print(-5 ** 2, (-5) ** 2, 2 ** -1.0, -2 ** 0.5, ~-1, -~1, not 1 == 2, 2 * 3 ** 2)
    print(1 < 2 == 2, 3 > 2 > 1 == 1, 1 < 3 > 2, 2 in [1, 2] != [3], 5 if 0 else 6 if 0 else 7)
    print(0xFF, 0o777, 0b101, 1_000_000, 1e3, 1E-3, .5, 5., 0x_1F, 00)
    print(10 - 2 - 3, 2 ** 3 ** 2, 100 // 7 // 2, 100 / 4 / 5, 7 % 4 % 2, -7 // 2 * 2)
	
    pass


if __name__ == "__main__":
    main()
