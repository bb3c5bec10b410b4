# print() with several arguments, sep= and end=, and nested containers.


def main() -> None:
    print()
    print("a")
    print("a", "b", "c")
    print("a", "b", "c", sep="")
    print("a", "b", "c", sep=", ")
    print("no newline", end="")
    print(" then continued")
    print(1, 2.0, "three", True, sep="|", end="!\n")
    print("x", end="")
    print("y", end="")
    print()
    print([1, 2, 3], [[1, 2], [3]], [[0.5], [1e-5, 2.0]], ["a", "b"])
    print((1,), (1, "a"), "", sep="#")
    empty: list[int] = []
    print(empty, len(empty))
    for i in range(3):
        print(i, end=" " if i < 2 else "\n")
    print("multi\nline")
    print(-7, -7.0, 7 // 2, 7 / 2, sep="\t")
    print(1, 2, 3)


if __name__ == "__main__":
    main()
