# Augmented assignment on subscripts evaluates the target index exactly once.

calls: list[int] = [0]


def idx(i: int) -> int:
    calls[0] += 1
    print("idx", i)
    return i


def val(v: int) -> int:
    print("val", v)
    return v


def main() -> None:
    a = [10, 20, 30, 40]
    a[idx(1)] += val(5)
    a[idx(-1)] -= val(1)
    a[idx(0)] *= val(3)
    a[idx(2)] //= val(7)
    a[idx(3)] %= val(6)
    print(a, calls[0])
    g = [[1, 2], [3, 4]]
    g[idx(1)][idx(0)] += val(100)
    print(g, calls[0])
    s = ["ab", "cd"]
    s[idx(0)] += "xy"
    s[idx(1)] *= 3
    print(s)
    f = [1.5, 2.5]
    f[idx(0)] /= val(2)
    f[idx(1)] **= val(2)
    print(f)
    b = [1, 2, 3]
    b[idx(0)] <<= val(4)
    b[idx(1)] |= val(8)
    b[idx(2)] ^= val(1)
    b[idx(2)] &= val(6)
    b[idx(0)] >>= val(2)
    print(b, calls[0])
    xs = [0, 0, 0]
    i = 0
    while i < 3:
        xs[i] += i * i
        xs[i] += xs[i - 1]
        i += 1
    print(xs)
    lst = [[0] * 3 for _ in range(2)]
    for r in range(2):
        for c in range(3):
            lst[r][c] += r * 3 + c
    print(lst)


if __name__ == "__main__":
    main()
