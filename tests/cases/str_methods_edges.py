# str methods at edges: empty strings, missing substrings, whitespace variants, in/comparisons.


def main() -> None:
    s = "  Hello, World!  \t\n"
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
    print("a,b,,c".split(","), "a b  c ".split(), "".split(), "".split(","), "  ".split(), "abc".split("abc"))
    print("a--b--c".split("--"), "one two three".split(" "), "x".split("x"), "\ta\nb  c\r\n".split())
    print("-".join(["x"]), "".join(["a", "b"]), ", ".join(list("abc")))
    print("hello".replace("l", "L"), "aaa".replace("a", "aa"), "abc".replace("", "-"), "abab".replace("ab", ""))
    print("hello".find("l"), "hello".find("z"), "hello".find(""), "".find(""), "hello".find("lo"))
    print("hello".startswith("he"), "hello".startswith(""), "".startswith("a"), "hello".endswith("llo"), "hi".endswith("hi!"))
    print("Mixed Case 123".upper(), "Mixed Case 123".lower(), "ÀÉÎ".lower(), "straße".upper())
    print("ab" in "cabd", "" in "abc", "x" in "", "abc" in "ab", "B" in "abc")
    print("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "é" > "z", "abc" == "abc", "a" != "a")
    print("abc" <= "abc", "b" >= "abc", max("apple", "apricot"), min("", "a"))
    print("ab" * 3, 3 * "-", "x" * 0, "y" * -2, len("ab" * 100))
    t = "hello world"
    print(t[0], t[-1], t[3:8], t[::-1], t[::2], t[-5:], t[:0], t[100:])
    u = ""
    for ch in "abc":
        u = ch + u + ch
    print(u, len(u), u.upper().lower() == u)
    print(str(12) + str(-3.5) + str(True), int("12") + int("-3"), float("2.5") * 2)
    print("a\tb".split("\t"), "line1\nline2".split("\n"), repr("q'\"q"))


if __name__ == "__main__":
    main()
