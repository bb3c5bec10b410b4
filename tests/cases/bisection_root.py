# Root finding by bisection and by the secant method.
import math


def f(x: float) -> float:
    return x * x * x - 2.0 * x - 5.0


def g(x: float) -> float:
    return math.cos(x) - x


def bisect_f(lo: float, hi: float, iters: int) -> float:
    for i in range(iters):
        mid = (lo + hi) / 2.0
        if f(lo) * f(mid) <= 0.0:
            hi = mid
        else:
            lo = mid
    return (lo + hi) / 2.0


def secant_g(x0: float, x1: float) -> tuple[float, int]:
    n = 0
    while abs(x1 - x0) > 1e-14 and n < 50:
        x2 = x1 - g(x1) * (x1 - x0) / (g(x1) - g(x0))
        x0 = x1
        x1 = x2
        n += 1
    return x1, n


def main() -> None:
    for iters in [1, 5, 10, 20, 40, 60]:
        r = bisect_f(2.0, 3.0, iters)
        print(iters, r, f(r))
    print(secant_g(0.0, 1.0))


if __name__ == "__main__":
    main()
