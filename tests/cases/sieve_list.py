# Sieve of Eratosthenes on a list of bools.

N = 200


def sieve(n: int) -> list[int]:
    is_p = [True] * (n + 1)
    is_p[0] = False
    is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [k for k in range(n + 1) if is_p[k]]


def main() -> None:
    ps = sieve(N)
    print(ps)
    print(len(ps), sum(ps), ps[-1])
    print(len(sieve(10000)), sieve(10000)[-5:])
    twins = 0
    for a, b in zip(ps, ps[1:]):
        if b - a == 2:
            twins += 1
    print("twin pairs below", N, twins)
    gaps = [b - a for a, b in zip(ps, ps[1:])]
    print("max gap", max(gaps), "at", ps[gaps.index(max(gaps))])


if __name__ == "__main__":
    main()
