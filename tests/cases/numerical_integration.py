# Numerical integration: rectangle, trapezoid and Simpson rules.
import math


def f(x: float) -> float:
    return x * x * math.exp(-x)


def trapezoid(a: float, b: float, n: int) -> float:
    h = (b - a) / n
    s = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        s += f(a + i * h)
    return s * h


def simpson(a: float, b: float, n: int) -> float:
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        w = 4.0 if i % 2 == 1 else 2.0
        s += w * f(a + i * h)
    return s * h / 3.0


def midpoint_pi(n: int) -> float:
    h = 1.0 / n
    s = 0.0
    for i in range(n):
        x = (i + 0.5) * h
        s += 4.0 / (1.0 + x * x)
    return s * h


def main() -> None:
    exact = 2.0 - 10.0 * math.exp(-2.0)
    print(f"exact {exact:.15f}")
    for n in [2, 4, 8, 16, 64, 256, 1024]:
        t = trapezoid(0.0, 2.0, n)
        s = simpson(0.0, 2.0, n)
        print(n, f"{t:.12f} {s:.12f} {abs(t - exact):.3e} {abs(s - exact):.3e}")
    for n in [10, 100, 1000, 100000]:
        p = midpoint_pi(n)
        print(n, f"{p:.14f}", f"{abs(p - math.pi):.2e}")


if __name__ == "__main__":
    main()
