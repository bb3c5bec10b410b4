# Iterating, slicing, reversing and formatting strings with multi-byte code points.


def main() -> None:
    s = "añb€c😀d"
    print(len(s), s[1], s[3], s[-2], s[::-1], s[1:6:2], s[-3:])
    for i, ch in enumerate(s):
        print(i, ch, ord(ch), end=" | ")
    print()
    for ch in reversed(s):
        print(ch, end="")
    print()
    for a, b in zip(s, "xyz"):
        print(a + b, end=",")
    print()
    print(s.upper(), s.find("€"), s.find("c😀"), s.replace("€", "EUR"), "😀" in s)
    print(f"[{s:>10}] [{s:^11}] [{s:.3}] [{'é':*<4}]", repr(s), str([s]))
    parts = "α,β,,γ".split(",")
    print(parts, len(parts), "-".join(parts), sorted(parts))
    t = ""
    for ch in s:
        if ord(ch) > 127:
            t += "?"
        else:
            t += ch
    print(t, len(t))
    print(chr(955) + chr(128512), [ord(c) for c in "Ωω"], "Ω" < "ω", max(list("aΩz")), min(["ω", "a", "Ω"]))
    print("%5s|%-5s|" % ("ü", "ΣΣ"), "{:>4}".format("ñ"), s * 2, len(s * 3))


if __name__ == "__main__":
    main()
