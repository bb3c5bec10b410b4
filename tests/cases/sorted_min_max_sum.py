# sorted/min/max/sum/any/all over lists of ints, floats and strs.


def main() -> None:
    ints = [5, -3, 12, 0, -3, 7]
    fls = [2.5, -0.0, 0.0, 1e-9, -7.25, 3.0]
    strs = ["pear", "Apple", "banana", "", "apple", "Zed", "ä"]
    print(sorted(ints), sorted(ints, reverse=True), min(ints), max(ints), sum(ints))
    print(sorted(fls), sorted(fls, reverse=True), min(fls), max(fls), sum(fls))
    print(sorted(strs), sorted(strs, reverse=True), min(strs), max(strs))
    print(sum(ints, 100), sum(fls, 0.5), sum([1.5, 2.5], 1.0), sum(list(range(101))))
    print(min(3, 1, 2), max(3, 1, 2), min(1.5, -2.5), max("a", "b", "ab"), min("b", "ab"))
    print(any([0, 0, 3]), all([1, 2, 0]), any([0.0]), any([""]), all(["x", "y"]))
    print(sorted(list("hello")), sorted([[3, 1], [2, 9], [2, 1], [3]]), max([[1, 2], [1, 2, 0]]))
    print(sorted([(2, "b"), (1, "z"), (2, "a")]), min([(3, 1.5), (3, 0.5)]))
    print(sorted([True, False, True]), sum([True, True, False]), max([False, True]))
    e: list[int] = []
    print(sorted(e), sum(e), any(e), all(e), sum(fls[:0], 0.0))
    xs = [3, 1, 2]
    ys = sorted(xs)
    ys.append(0)
    print(xs, ys, xs == sorted(xs), sorted(xs) == [1, 2, 3])
    print(min([0.1, 0.1 + 0.2, 0.3]), max([-1e308, -float("inf")]), sorted([float("inf"), 1.0, -float("inf")]))
    print(len(sorted(list(range(10, 0, -2)))), sorted(list(range(10, 0, -2))))


if __name__ == "__main__":
    main()
