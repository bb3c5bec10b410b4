# printf-style % formatting with tuples, widths, flags and several conversion types.


def row(name: str, qty: int, price: float) -> str:
    return "%-8s|%5d|%9.2f|%+.1e" % (name, qty, price, price * qty)


def main() -> None:
    print(row("apple", 3, 0.5))
    print(row("kiwi", -12, 1234.5678))
    print("%s and %s" % ("a", "b"), "%d%%" % 50, "%5.1f%%" % 99.44)
    print("%x %X %o %#x %#o %08.3f %-6d| %06d" % (255, 255, 8, 255, 8, -3.14159, 42, -42))
    print("%e %E %g %G %.3g %10.4g|" % (12345.678, 0.000123, 1e-5, 1e20, 3.14159, 2.5))
    print("%s %r %s %r" % ("q", "q", 1.5, 2.0))
    print("%c%c%c" % (75, 114, 97), "%5s|%-5s|" % ("ab", "cd"), "%.2s" % "hello")
    print("%i %u" % (7, 8), "%3d|%-3d|%03d" % (5, 5, 5), "[%s]" % [1, 2])
    print("%s" % True, "%d" % True, "%f" % 1, "%d" % 3.99, "%s" % (1, )[0])
    x = 2.0
    print("x=%s y=%s" % (x, x / 3), "%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
    print("% d % d" % (5, -5), "%+d %+d" % (0, -0))
    s = "%s-%s" % ("left", "right")
    print(s, len(s), s.upper())


if __name__ == "__main__":
    main()
