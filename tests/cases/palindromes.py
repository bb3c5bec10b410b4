# String reversal and palindrome checks, on words and numbers.


def reverse(s: str) -> str:
    out = ""
    for i in range(len(s) - 1, -1, -1):
        out += s[i]
    return out


def clean(s: str) -> str:
    out = ""
    for c in s.lower():
        if "a" <= c <= "z" or "0" <= c <= "9":
            out += c
    return out


def is_pal(s: str) -> bool:
    t = clean(s)
    i = 0
    j = len(t) - 1
    while i < j:
        if t[i] != t[j]:
            return False
        i += 1
        j -= 1
    return True


def main() -> None:
    for s in ["racecar", "hello", "A man, a plan, a canal: Panama!", "", "ab", "No 'x' in Nixon"]:
        print(repr(s), reverse(s), s[::-1] == reverse(s), is_pal(s))
    pals = [n for n in range(10, 1000) if str(n) == str(n)[::-1]]
    print(len(pals), pals[:12], pals[-3:])
    best = 0
    for a in range(100, 200):
        for b in range(a, 200):
            p = a * b
            if p > best and is_pal(str(p)):
                best = p
    print("largest palindrome product:", best)


if __name__ == "__main__":
    main()
