# f-string corners: conversions with specs, '=' with spaces, bools and containers with specs.


def main() -> None:
    x = 3.25
    n = -17
    s = "hi"
    b = True
    print(f"{s!r:>8}|{s!s:<5}|{x!r:^10}|{n!r:>5}")
    print(f"{x = }|{n =}|{s= }|{x=:.1f}|{s=!r}|{n = :+d}")
    print(f"{b}|{b!r}|{b:>6}|{b:d}|{b:05}|{not b}|{b + b}")
    print(f"{[1, 2]!r:>10}|{(1, 'a')}|{[0.5]}|{[s, s]}")
    print(f"{n:x}|{n:#o}|{n:+b}|{-n:#X}|{n:,d}|{n * 100000:_d}")
    print(f"{x:.0%}|{-x:,.3f}|{x * 1e6:,.1f}|{x:+010.2f}|{-x:010.2f}|{x:-^12.3e}")
    print(f"{'{'}{s}{'}'}|{{{n}}}|{'a' 'b'}|{s + '!' * 3}|{len(s) * 2:>4}")
    w = 6
    print(f"{s:>{w}}|{x:{w}.{w - 4}f}|{n:<{w}}|{s:{'*'}^{w + 2}}")
    print(f"{x:g}|{1e-5:g}|{123456789.0:g}|{1e16:g}|{0.0001:g}|{100.0:.3g}|{2.5:.0f}|{3.5:.0f}")
    print(f"{x:}|{n:}|{s:}|{b:}")


if __name__ == "__main__":
    main()
