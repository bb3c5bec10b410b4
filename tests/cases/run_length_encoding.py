# Run-length encoding and decoding of strings.


def encode(s: str) -> str:
    if len(s) == 0:
        return ""
    out = ""
    prev = s[0]
    count = 1
    for c in s[1:]:
        if c == prev:
            count += 1
        else:
            out += str(count) + prev
            prev = c
            count = 1
    return out + str(count) + prev


def decode(s: str) -> str:
    out = ""
    num = 0
    for c in s:
        if "0" <= c <= "9":
            num = num * 10 + ord(c) - ord("0")
        else:
            out += c * num
            num = 0
    return out


def main() -> None:
    for s in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz", "aabbaa", "x" * 25 + "y"]:
        e = encode(s)
        print(repr(s), repr(e), decode(e) == s)
    print(decode("3a2b1c10d"))


if __name__ == "__main__":
    main()
