# String methods in the subset: upper lower strip split join replace
# startswith endswith find.


def words(s: str) -> list[str]:
    return s.split()


def main() -> None:
    s = "  Hello, World of Krait  "
    print(repr(s.strip()), repr(s.upper()), repr(s.lower()))
    print(words(s), len(words(s)), words(""), words("   "))
    print("a,b,,c".split(","), "a b  c".split(" "), "one".split(","))
    print("x--y--z".split("--"), "key=value=more".split("="))
    print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join(words(s)), "+".join(words("")))
    t = "banana"
    print(t.replace("a", "o"), t.replace("an", ""), t.replace("z", "q"), t.replace("", "-"))
    print(t.startswith("ban"), t.startswith("nan"), t.endswith("ana"), t.endswith(""))
    print(t.find("a"), t.find("na"), t.find("z"), t.find(""), t.find("banana!"))
    print("xxhixx".strip("x"), "\t tab\n".strip(), "MiXeD 123".lower())
    line = "3,1.5,name"
    parts = line.split(",")
    print(int(parts[0]) * 2, float(parts[1]) * 2.0, parts[2].upper())
    csv = "10 20 30 40"
    nums = [int(p) for p in csv.split()]
    print(nums, sum(nums))
    print("abc".upper().lower().replace("b", "B").startswith("aB"))


if __name__ == "__main__":
    main()
