# and/or return an operand, not a bool; truthiness of lists, strs, floats and ints.


def name_or_default(s: str) -> str:
    return s or "anon"


def first_nonempty(a: list[int], b: list[int]) -> list[int]:
    return a or b


def main() -> None:
    print(name_or_default(""), name_or_default("bo"))
    e: list[int] = []
    print(first_nonempty(e, [1]), first_nonempty([2], [3]), first_nonempty(e, e))
    print(0 or 5, 3 or 5, 0 and 5, 3 and 5, 0.0 or 2.5, 1.5 and 0.0, -0.0 or 7.0)
    print("" or "x", "a" and "b", "" and "b", "a" or "b", not "", not "a", not 0.0, not [0])
    xs = [3, 1, 2]
    while xs:
        print(xs.pop(), end=" ")
    print(bool(xs), len(xs))
    s = "abc"
    while len(s) > 0 and s[0] != "c":
        s = s[1:]
    print(s)
    val = e or [9, 9]
    val.append(1)
    print(val, e)
    ok = "yes" if 1 < 2 else "no"
    print(ok, (0 > 1) or (2 > 1))
    if [0]:
        print("non-empty list is true")
    if 0.0 or 0.0:
        print("never")
    elif -1 and 2:
        print("negative and two are true")
    n = 0
    x = n or 10 and 20 or 30
    print(x, 1 if e else 2, 3 if "0" else 4)


if __name__ == "__main__":
    main()
