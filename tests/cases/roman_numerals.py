# Roman numeral conversion in both directions, using parallel lists.


def to_roman(n: int) -> str:
    values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1]
    symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"]
    out = ""
    for v, s in zip(values, symbols):
        while n >= v:
            out += s
            n -= v
    return out


def value(c: str) -> int:
    return [1, 5, 10, 50, 100, 500, 1000]["IVXLCDM".find(c)]


def from_roman(s: str) -> int:
    total = 0
    for i in range(len(s)):
        v = value(s[i])
        if i + 1 < len(s) and value(s[i + 1]) > v:
            total -= v
        else:
            total += v
    return total


def main() -> None:
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
        r = to_roman(n)
        print(n, r, from_roman(r))
    print(all([from_roman(to_roman(n)) == n for n in range(1, 4000)]))


if __name__ == "__main__":
    main()
