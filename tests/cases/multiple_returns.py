# Functions returning tuples, unpacked by the caller; swaps.


def min_max(xs: list[int]) -> tuple[int, int]:
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi


def stats(xs: list[float]) -> tuple[float, float, int]:
    n = len(xs)
    mean = sum(xs) / n
    var = 0.0
    for x in xs:
        var += (x - mean) ** 2
    return mean, var / n, n


def split_name(full: str) -> tuple[str, str]:
    parts = full.split(" ")
    return parts[0], parts[-1]


def main() -> None:
    lo, hi = min_max([5, 3, 9, -2, 7])
    print(lo, hi, min_max([1]), min_max([4, 4, 4]))
    m, v, n = stats([1.0, 2.0, 3.0, 4.0])
    print(m, v, n)
    print(stats([0.1, 0.2, 0.3]))
    first, last = split_name("Ada King Lovelace")
    print(first, last)
    a = 1
    b = 2
    a, b = b, a
    print(a, b)
    x, y, z = 1, 2, 3
    x, y, z = z, x, y
    print(x, y, z)
    p = (10, 2.5)
    i, f = p
    print(i, f, p)


if __name__ == "__main__":
    main()
