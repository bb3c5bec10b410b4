# Conversion builtins on bools/strs/floats, and INT64 extremes through every formatting path.


def conversions() -> None:
    print(round(2.5), round(2.567, 2), round(-0.5), round(1.5, 0), round(25, -1), round(35.0, -1))
    print(int(True), float(False), bool(""), bool("0"), bool(0.0), bool([0]))
    print(abs(-3), divmod(7.5, 2), pow(2.0, -1), pow(-8, 2), 2 ** -1.0)
    print(chr(65) + chr(0x263A), ord("€"), hex(-255), bin(5), oct(64), repr(chr(10)), repr(chr(7)))
    print(repr("\x00\x7f\u00e9\u200b"), str(1e100), int(-1e18))


def main() -> None:
    mn = -9223372036854775807 - 1
    mx = 9223372036854775807
    print(f"{mn:,}|{mx:_}|{mn:_b}|{mn:#o}|{mx:x}|{mn:>30,}|{mn:030}|{mx:+}|{mn:e}|{mx:.3e}")
    print("%d|%x|%o|%30d|%-25d|%+d|%e" % (mn, mn, mn, mn, mx, mx, mx))
    print(str(mn), repr(mx), len(str(mn)), float(mn), mn / 1, mx / 2, mx * 1.0)
    print(f"{mx:%}" if False else "", f"{mn:g}", f"{mx:.0f}")
    conversions()
    print(mx // 10, mn // 10, mn % 7, mx % -7, -mx // 3)


if __name__ == "__main__":
    main()
