# INT64 boundaries, floor division and modulo signs, shifts, abs, divmod.


def main() -> None:
    mx = 9223372036854775807
    mn = -mx - 1
    print(mx, mn, mx // 2, mn // 2, mn // -3, mx % 10, mn % 10, mn % -10)
    print(mx // -1, (mn + 1) // -1, mn // 1, mn % 1, mn % -1, mx % -1)
    for a in [7, -7, 0, 1, -1, 13, -13]:
        for b in [3, -3, 1, -1, 7, -8]:
            print(a // b, a % b, divmod(a, b), end=" | ")
        print()
    print(abs(-mx), abs(mn + 1), -(-mx), int("-9223372036854775808"), int(" 42 "), int("+7"))
    print(1 << 62, (1 << 62) - 1 + (1 << 62), -1 >> 1, -8 >> 2, 5 >> 10, mn >> 63, mx >> 62)
    print(pow(2, 62), pow(3, 39), pow(-3, 3), pow(7, 0), 0 ** 0, (-2) ** 63)
    print(~0, ~mx, ~mn, -5 & 3, -5 | 3, -5 ^ 3, mn & mx, mn | 1)
    print(int(2.9), int(-2.9), int(-0.5), int(1e18), round(2.5), round(3.5), round(-2.5), round(7, -1), round(15, -1), round(25, -1))
    print(int(9.223372036854775e18), float(mx), float(mn), mx == mx + 0, mn < mx)
    print(hex(mn), bin(-5), oct(mx), hex(0), bin(0), oct(-8))
    print(divmod(mn, 7), divmod(mx, -7), mn // 7 * 7 + mn % 7 == mn)
    print(10 ** 18, 10 ** 18 * 9, 3 ** 39, -(2 ** 62) * 2)


if __name__ == "__main__":
    main()
