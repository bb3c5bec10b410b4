# Non-ASCII text: len, indexing and iteration count code points, not bytes.


def reverse(s: str) -> str:
    out = ""
    for ch in s:
        out = ch + out
    return out


def main() -> None:
    s = "héllo wörld"
    print(s, len(s), s[1], s[-4], s[1:5], reverse(s))
    print(s.upper(), s.find("ö"), "ö" in s, s.replace("ö", "o"))
    g = "αβγ → ∞"
    print(g, len(g), [c for c in g], repr(g))
    print(ord("é"), chr(955), chr(8364), ord("€"))
    print(f"[{'日本':>6}] [{'é':^5}]")


if __name__ == "__main__":
    main()
