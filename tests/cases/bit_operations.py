# Bitwise and/or/xor/not and shifts on ints, including negative values.


def popcount(n: int) -> int:
    count = 0
    while n > 0:
        count += n & 1
        n >>= 1
    return count


def bits_of(n: int, width: int) -> str:
    out = ""
    for i in range(width - 1, -1, -1):
        out += "1" if (n >> i) & 1 == 1 else "0"
    return out


def main() -> None:
    a = 0b1100
    b = 0b1010
    print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
    print(-12 & 10, -12 | 10, -12 ^ 10, -12 & -10)
    print(1 << 10, 1 << 62, 3 << 20, -1 << 4, -5 << 3)
    print(1024 >> 3, -1024 >> 3, -17 >> 2, -1 >> 30, 17 >> 10)
    for n in [0, 1, 7, 255, 256, 1023, 123456789]:
        print(n, popcount(n), bits_of(n, 12), hex(n), bin(n), oct(n))
    x = 0xFF
    x &= 0x0F
    x |= 0x30
    x ^= 0x11
    x <<= 2
    x >>= 1
    print(x)
    print(0x7FFFFFFFFFFFFFFF & 0xFFFF, 0xDEADBEEF ^ 0xFFFFFFFF)
    print(hex(-255), bin(-5), oct(-8), 0o777, 0b101)


if __name__ == "__main__":
    main()
