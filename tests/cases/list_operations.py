# List concatenation, repetition, membership, equality, len, sum, min, max.


def total(xs: list[float]) -> float:
    s = 0.0
    for x in xs:
        s += x
    return s


def main() -> None:
    a = [1, 2, 3]
    b = [4, 5]
    c = a + b
    print(c, a, b, len(c))
    print([0] * 5, [1, 2] * 3, [7] * 0, ["-"] * 4)
    print(3 in a, 4 in a, 4 not in a, "x" in ["x", "y"])
    print(a == [1, 2, 3], a == b, a != b, a[3:] == b[2:], [[1], [2]] == [[1], [2]])
    print(sum(c), min(c), max(c), sum([0.5, 0.25]), min([2.5, -1.5]), max([0.5, 2.5]))
    fs = [0.1] * 10
    print(sum(fs), total(fs), sum(fs) == 1.0)
    print(any([False, False, True]), all([True, True, False]), any([False]), all([True]))
    print(any([x > 2 for x in a]), all([x > 0 for x in a]))
    print(sorted([5, 2, 8, 1]), sorted(["b", "C", "a"]), sorted([2.5, -1.0, 0.0], reverse=True))
    print(list(reversed(a)), a)
    zeros = [[0] * 3 for i in range(2)]
    zeros[0][1] = 5
    print(zeros)
    print(max(3, 9, 4), min(3.5, -2.5, 0.0), max(2, 1))


if __name__ == "__main__":
    main()
