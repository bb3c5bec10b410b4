# String literals, escapes, concatenation, repetition, indexing, iteration.


def count_char(s: str, c: str) -> int:
    n = 0
    for ch in s:
        if ch == c:
            n += 1
    return n


def main() -> None:
    a = 'single'
    b = "double"
    c = """triple
quoted"""
    d = '''also "triple"'''
    print(a, b, c, d)
    print("tab\there", "newline\\n shown", "quote\"inside", 'it\'s', "back\\slash")
    e = "abc" + "def"
    print(e, e * 2, "-" * 10, len(e), len(""), e[0], e[-1], e[2], e[-3])
    print(e[1:4], e[:2], e[3:], e[::-1], e[::2], e[10:], e[-2:])
    print("c" in e, "cd" in e, "x" in e, "" in e, "fed" not in e)
    print(count_char("mississippi", "s"), count_char("mississippi", "p"), count_char("", "a"))
    for ch in "abc":
        print(ch, ord(ch), chr(ord(ch) + 1))
    print(str(42), str(-0.5), str(True), str(1e100), repr("x'y"), repr('say "hi"'))
    print(repr("a\nb\tc\\"), repr(""), repr("\x01"))
    print("abc" == "abc", "abc" != "abd", "a" < "b", "Z" < "a", "abc" < "abcd")
    s = ""
    for i in range(5):
        s = s + str(i)
    print(s, int(s) + 1)


if __name__ == "__main__":
    main()
