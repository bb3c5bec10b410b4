# Specialised helpers with defaults, keywords, and calls between specialised helpers.


def scale(x, k=2):
    return x * k


def total(xs, start=0):
    acc = start
    for v in xs:
        acc += v
    return acc


def apply_twice(x, k):
    return scale(scale(x, k), k)


def pad(s, width=6, fill="."):
    out = s
    while len(out) < width:
        out = fill + out
    return out


def main() -> None:
    print(scale(3), scale(1.5), scale("ab"), scale([1]), scale(2, k=5), scale(k=0.5, x=4.0))
    print(total([1, 2, 3]), total([0.5, 0.25], 1.0), total([1.5], start=0.5), total(["a", "b"], ""))
    print(apply_twice(3, 2), apply_twice(1.5, 3.0), apply_twice("x", 2))
    print(pad("ab"), pad("abc", 4), pad("z", fill="-"), pad(width=3, s="q", fill="*"))
    fs: list[float] = []
    print(total(fs, 0.0), total([[1], [2, 3]], [0]))


if __name__ == "__main__":
    main()
