# Newton's method for square roots and cube roots, compared with math.sqrt.
import math


def newton_sqrt(x: float, tol: float = 1e-12) -> float:
    if x == 0.0:
        return 0.0
    g = x if x > 1.0 else 1.0
    for it in range(100):
        nxt = 0.5 * (g + x / g)
        if abs(nxt - g) <= tol * nxt:
            return nxt
        g = nxt
    return g


def cbrt(x: float) -> float:
    g = 1.0
    for it in range(60):
        g = g - (g * g * g - x) / (3.0 * g * g)
    return g


def iterations(x: float) -> int:
    g = x
    n = 0
    while abs(g * g - x) > 1e-9 * x:
        g = 0.5 * (g + x / g)
        n += 1
    return n


def main() -> None:
    for x in [0.0, 1e-8, 0.25, 1.0, 2.0, 10.0, 144.0, 1e10, 12345.678]:
        r = newton_sqrt(x)
        print(x, f"{r:.12g}", abs(r - math.sqrt(x)) <= 1e-9 * (1.0 + r))
    for y in [8.0, 27.0, 2.0, 1000.0, 0.001]:
        print(y, f"{cbrt(y):.10f}")
    print([iterations(v) for v in [2.0, 100.0, 1e6, 1e12]])


if __name__ == "__main__":
    main()
