# An exception raised deep inside nested calls in a loop stops the program after partial output.


def check(v: int) -> int:
    if v % 7 == 6:
        raise ValueError(f"bad value {v} at depth {v // 7}")
    return v * 2


def walk(xs: list[int], depth: int) -> int:
    if depth == 0:
        t = 0
        for x in xs:
            t += check(x)
        return t
    return walk(xs, depth - 1) + 1


def main() -> None:
    total = 0
    for i in range(10):
        xs = [i + k for k in range(3)]
        r = walk(xs, i)
        total += r
        print(i, r, total, end="; ")
    print("unreachable")


if __name__ == "__main__":
    main()
