# divmod() on ints and floats, compared with // and %.


def check(a: int, b: int) -> tuple[int, int]:
    q, r = divmod(a, b)
    assert q == a // b and r == a % b
    return q, r


def main() -> None:
    for a in [17, -17, 0, 5, -5, 100]:
        for b in [5, -5, 3, 1, -1]:
            print(a, b, check(a, b))
    print(divmod(7.5, 2.0), divmod(-7.5, 2.0), divmod(7.5, -2.0))
    print(divmod(1.0, 0.1), divmod(-0.5, 0.25))
    q, r = divmod(1000000007, 97)
    print(q, r, q * 97 + r)
    secs = 98765
    h, rest = divmod(secs, 3600)
    m, s = divmod(rest, 60)
    print(f"{h}:{m:02d}:{s:02d}")


if __name__ == "__main__":
    main()
