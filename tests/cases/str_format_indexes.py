# str.format with explicit indexes, repeated fields, specs, conversions and braces.


def main() -> None:
    print("{0} {1} {0}".format("a", "b"))
    print("{1}{0}{1}".format(1, 2.5))
    print("{:>6}|{:<6}|{:^6}|".format("x", 12, 1.5))
    print("{0:>7}|".format("pad"))
    print("{0!r} {0!s} {1!r}".format("q", 3.0))
    print("{{}} {{{0}}}".format(5))
    print("{0:.3f} {0:e} {0:%} {0:g}".format(0.125))
    print("{0:,} {0:_} {0:x} {0:#b} {0:+08d}".format(1234567))
    print("{} + {} = {}".format(2, 3, 2 + 3), "{}".format([1, 2]), "{}".format((1, "a")))
    print("{0}{0}{0}".format("ab"), "{:*^11}".format("mid"), "{:.2}".format("hello"))
    for i, (n, s) in enumerate([("ann", 91.456), ("bob", 7.0), ("cy", 100.0)]):
        print("name={0:<5} score={1:6.2f} rank={2}".format(n, s, i + 1))
    print("".format(), "{}".format(""), "{:5}|".format(True), "{}".format(False))


if __name__ == "__main__":
    main()
