# Module-level constants read inside functions.

N = 100
ALPHA = 0.5
NAME = "krait"
LIMIT = N * 10


def smooth(xs: list[float]) -> list[float]:
    out = [xs[0]]
    for i in range(1, len(xs)):
        out.append(ALPHA * xs[i] + (1.0 - ALPHA) * out[i - 1])
    return out


def count_multiples() -> int:
    primes = [2, 3, 5, 7, 11]
    c = 0
    for i in range(1, N + 1):
        for p in primes:
            if i % p == 0:
                c += 1
                break
    return c


def banner() -> str:
    return f"{NAME.upper()} n={N} alpha={ALPHA} limit={LIMIT}"


def main() -> None:
    print(banner())
    print(smooth([1.0, 0.0, 0.0, 1.0, 1.0, 1.0]))
    print(count_multiples(), LIMIT // N, ALPHA * N)


if __name__ == "__main__":
    main()
