# Trial-division prime factorization and functions built on it.


def factorize(n: int) -> list[int]:
    fs: list[int] = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            fs.append(d)
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        fs.append(n)
    return fs


def totient(n: int) -> int:
    result = n
    last = 0
    for p in factorize(n):
        if p != last:
            result = result // p * (p - 1)
            last = p
    return result


def fmt(fs: list[int]) -> str:
    return " * ".join([str(f) for f in fs])


def main() -> None:
    for n in [2, 12, 97, 360, 1001, 65536, 999983, 600851475143, 9007199254740993]:
        fs = factorize(n)
        prod = 1
        for f in fs:
            prod *= f
        print(n, "=", fmt(fs), prod == n)
    print([totient(n) for n in range(1, 25)])


if __name__ == "__main__":
    main()
