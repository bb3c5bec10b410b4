# print with sep/end variations, empty calls and mixed argument types.


def main() -> None:
    xs = [1, 2, 3]
    ws = ["a", "b"]
    print(xs[0], xs[1], xs[2], sep=", ")
    print(ws[0], ws[1], sep="")
    print(0.5, -1.0, sep=" | ", end=" <\n")
    print(sep="x", end="[end]\n")
    print()
    print(sep="+")
    print(end="")
    print("a", "b", sep="\n")
    print("no newline", end="")
    print(" continued", end="\t")
    print("tab", end="\n\n")
    s = "::"
    print("x", "y", sep=s, end=s + "\n")
    print("", "", sep="|")
    print("", sep="|")
    print(True, 1.5, "q", xs, (1, "t"), sep="")
    print(end="only end\n")
    for i in range(3):
        print(i, end=" " if i < 2 else "\n")
    sep = "-" * 3
    print(1, 2, sep=sep, end=sep.upper() + "\n")
    print("é", "ü", sep="ß")
    print("multi\nline", "x", sep="\n--\n")
    print(end="\n")


if __name__ == "__main__":
    main()
