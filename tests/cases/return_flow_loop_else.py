def first_pos(xs: list[int]) -> int:
    for x in xs:
        if x > 0:
            return x
    else:
        return -1


def count_down(n: int) -> int:
    while n > 0:
        n -= 1
    else:
        return n


def main() -> None:
    print(first_pos([-1, 3]), first_pos([-2]), count_down(3))


if __name__ == "__main__":
    main()


# also: `while 1:` with only returns inside is reported as "missing return"
def loop1(n: int) -> int:
    while 1:
        if n > 3:
            return n
        n += 1
