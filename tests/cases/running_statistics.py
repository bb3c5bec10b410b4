# Welford's online mean and variance, a median, and a histogram with bars.
import math


def welford(xs: list[float]) -> tuple[float, float]:
    n = 0
    mean = 0.0
    m2 = 0.0
    for x in xs:
        n += 1
        d = x - mean
        mean += d / n
        m2 += d * (x - mean)
    return mean, m2 / (n - 1)


def median(xs: list[float]) -> float:
    s = sorted(xs)
    n = len(s)
    if n % 2 == 1:
        return s[n // 2]
    return (s[n // 2 - 1] + s[n // 2]) / 2.0


def main() -> None:
    xs = [math.sin(i * 0.7) * 10.0 + i * 0.1 for i in range(50)]
    mean, var = welford(xs)
    print(f"mean={mean:.10f} var={var:.10f} sd={math.sqrt(var):.10f}")
    print(median(xs), median(xs[:7]), median([3.0, 1.0]))
    lo = min(xs)
    hi = max(xs)
    bins = [0] * 8
    for x in xs:
        k = int((x - lo) / (hi - lo) * 8)
        bins[min(k, 7)] += 1
    for i, b in enumerate(bins):
        print(f"{lo + i * (hi - lo) / 8:7.2f} | " + "*" * b)


if __name__ == "__main__":
    main()
