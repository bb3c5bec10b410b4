# Lists are reference objects: aliases see mutation, copies do not.


def fill(xs: list[int], v: int) -> None:
    for i in range(len(xs)):
        xs[i] = v


def append_twice(xs: list[int], v: int) -> int:
    xs.append(v)
    xs.append(v)
    return len(xs)


def main() -> None:
    a = [1, 2, 3]
    b = a
    c = a.copy()
    d = a[:]
    b.append(4)
    print(a, b, c, d)
    fill(a, 9)
    print(a, b, c, d)
    print(append_twice(c, 0), c)
    rows = [[0, 0], [0, 0]]
    r0 = rows[0]
    r0[1] = 5
    print(rows)
    shared = [[0] * 2] * 3
    shared[0][0] = 1
    print(shared)
    e: list[int] = []
    print(append_twice(e, 7), e, len(e))


if __name__ == "__main__":
    main()
