# Perfect, abundant and deficient numbers via divisor sums; amicable pairs.


def divisor_sum(n: int) -> int:
    if n == 1:
        return 0
    s = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            s += d
            if d * d != n:
                s += n // d
        d += 1
    return s


def kind(n: int) -> str:
    s = divisor_sum(n)
    if s == n:
        return "perfect"
    return "abundant" if s > n else "deficient"


def main() -> None:
    print([n for n in range(2, 10000) if divisor_sum(n) == n])
    print([kind(n) for n in [6, 12, 15, 28, 945, 1]])
    amicable: list[int] = []
    for a in range(2, 3000):
        b = divisor_sum(a)
        if b > a and divisor_sum(b) == a:
            amicable.append(a)
            amicable.append(b)
    print(amicable)
    print(sum([1 for n in range(1, 1000) if kind(n) == "abundant"]))


if __name__ == "__main__":
    main()
