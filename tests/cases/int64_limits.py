# int is 64-bit in krait: values close to the limits, without overflow.

MAXI = 9223372036854775807
MINI = -9223372036854775807 - 1


def main() -> None:
    print(MAXI, MINI)
    print(MAXI - 1, MINI + 1, MAXI + MINI)
    print(MAXI // 2, MAXI % 1000, MINI // 2, MINI % 1000)
    print(MAXI // -3, MINI // 7, MINI % 7, MAXI % -7)
    print(MAXI >> 1, MAXI >> 62, MAXI >> 63, MINI >> 63, MINI >> 1)
    print(MAXI & 0xFF, ~MAXI, ~MINI, MINI ^ MAXI)
    print(-MAXI, abs(-MAXI), abs(MINI + 1))
    print(2 ** 62, 2 ** 62 - 1 + 2 ** 62, -(2 ** 62) * 2)
    print(float(MAXI), float(MINI), int(9.2e18), int(-9.2e18))
    x = 1
    steps = 0
    while x < MAXI // 2:
        x *= 2
        steps += 1
    print(x, steps)
    print(3037000499 * 3037000499, 4294967296 * 2147483647)
    print(divmod(MAXI, 10), divmod(MINI, 10))
    print(MAXI > MINI, MINI < 0 < MAXI, max(MAXI, MINI), min(MAXI, MINI))


if __name__ == "__main__":
    main()
