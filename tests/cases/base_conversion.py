# Converting integers to and from arbitrary bases with string digits.

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(n: int, base: int) -> str:
    if n == 0:
        return "0"
    neg = n < 0
    if neg:
        n = -n
    out = ""
    while n > 0:
        out = DIGITS[n % base] + out
        n //= base
    return "-" + out if neg else out


def from_base(s: str, base: int) -> int:
    v = 0
    sign = 1
    for c in s:
        if c == "-":
            sign = -1
            continue
        v = v * base + DIGITS.find(c)
    return sign * v


def main() -> None:
    for n in [0, 1, 10, 255, -255, 1000000, 2 ** 40 + 3]:
        row = [to_base(n, b) for b in [2, 3, 8, 16, 36]]
        print(n, row, [from_base(s, b) for s, b in zip(row, [2, 3, 8, 16, 36])])
    print(to_base(255, 16) == hex(255)[2:], to_base(5, 2) == bin(5)[2:], to_base(64, 8) == oct(64)[2:])
    print(from_base("zz", 36), from_base("777", 8), from_base("-101", 2))


if __name__ == "__main__":
    main()
