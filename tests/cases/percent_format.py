# printf-style % formatting of strings.


def row(name: str, qty: int, price: float) -> str:
    return "%-8s|%4d|%8.2f|%s" % (name, qty, price, qty * price)


def main() -> None:
    print(row("apple", 3, 0.5))
    print(row("kiwi", 12, 1.25))
    print(row("durian", 1, 12.999))
    print("%d of %s" % (3, "ten"), "%5.2f" % 3.14159, "%s" % 2.5, "%r" % "q")
    print("%x %X %o %e %E %g %G" % (255, 255, 8, 12345.678, 0.00012, 1e-5, 1e20))
    print("%05d|%-5d|%+d|% d|%5s|%-5s|" % (42, 42, 42, 42, "ab", "ab"))
    print("%.3s|%10.4f|%-10.1e|%%" % ("abcdef", 2.0 / 3.0, 123.456))
    print("%d%%" % 50, "%s and %s" % ("x", "y"), "%i" % -7)
    print("%.0f %.0f %.0f %.1f" % (0.5, 1.5, 2.5, 0.25))
    print("%s %s %s" % (1e16, -0.0, [1, 2]))


if __name__ == "__main__":
    main()
