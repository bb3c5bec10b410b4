# The list methods of the subset: append, pop, insert, extend, index, count,
# reverse, sort, copy.


def build(n: int) -> list[int]:
    xs: list[int] = []
    for i in range(n):
        xs.append(i * i % 7)
    return xs


def main() -> None:
    xs = build(10)
    print(xs, len(xs))
    print(xs.pop(), xs)
    print(xs.pop(0), xs)
    print(xs.pop(-2), xs)
    xs.insert(0, 100)
    xs.insert(3, 200)
    xs.insert(-1, 300)
    xs.insert(99, 400)
    xs.insert(-99, 500)
    print(xs)
    xs.extend([7, 8, 9])
    print(xs, xs.index(200), xs.index(4), xs.count(4), xs.count(42))
    ys = xs.copy()
    ys.reverse()
    print(ys)
    ys.sort()
    print(ys, xs[0])
    ys.sort(reverse=True)
    print(ys)
    zs = [3.5, -1.0, 2.25, 0.0, -0.5]
    zs.sort()
    print(zs, zs.index(2.25), zs.count(0.0))
    words = ["pear", "apple", "fig", "banana", "Cherry"]
    words.sort()
    print(words, words.index("fig"))
    words.reverse()
    print(words)
    e: list[str] = []
    e.extend(words)
    e.append("kiwi")
    print(len(e), e[-1], e.pop(1), e)


if __name__ == "__main__":
    main()
