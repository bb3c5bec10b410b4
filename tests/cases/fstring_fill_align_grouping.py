# More format specs: fill/align with sign, grouping, alternate forms, %.


def main() -> None:
    xs = [0.0, -0.0, 1.0, -1.5, 3.14159, 1e16, 1e-7, 123456.789, -9876543.21, 2.5, 0.125]
    for x in xs:
        print(f"|{x:>10.3f}|{x:<+9.2f}|{x:^12.4e}|{x:08.3e}|{x:%}|{x:.1%}|{x:,.3f}|{x:g}|{x:.3g}|{x:G}|")
        print(f"|{x:0=+12.2f}|{x:*<10}|{x:#.0f}|{x:.0e}|{x: .2f}|{x:_.1f}|{x:10}|{x:e}|")
    ns = [0, 1, -1, 42, -255, 65535, 1000000, -9223372036854775807, 9223372036854775807]
    for n in ns:
        print(f"|{n:+,d}|{n:#x}|{n:#o}|{n:#b}|{n:^9}|{n:x=+8}|{n:08d}|{n:_x}|{n:,}|{n:X}|{n: d}|")
        print(f"|{n:>12,}|{n:<6}|{n:#X}|{n:c}|" if 0 <= n < 1000 else f"|{n:e}|{n:.2f}|{n:%}|")
    for s in ["", "a", "hello", "wörld", "long string here"]:
        print(f"|{s:^9}|{s:>7}|{s:<7}|{s:-^10}|{s:.2}|{s:>8.3}|{s!r:>10}|")
    print(format(3.5, ".2f"), format(255, "x"), format(-7, "05"), format("ab", ">4"), format(1e10, ",.0f"))
    w = 12
    p = 4
    print(f"|{3.14159:{w}.{p}f}|{'x':>{w}}|{42:0{p}d}|")


if __name__ == "__main__":
    main()
