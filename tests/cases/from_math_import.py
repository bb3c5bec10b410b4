# `from math import ...` names used directly.
from math import sqrt, pi, floor, cos, sin


def circle_area(r: float) -> float:
    return pi * r * r


def dist(x1: float, y1: float, x2: float, y2: float) -> float:
    return sqrt((x2 - x1) ** 2 + (y2 - y1) ** 2)


def main() -> None:
    for r in [0.0, 1.0, 2.5, 10.0]:
        print(r, circle_area(r), floor(circle_area(r)))
    print(dist(0.0, 0.0, 3.0, 4.0), dist(1.0, 1.0, -2.0, 5.0), dist(0.5, 0.5, 0.5, 0.5))
    n = 12
    pts = [cos(2 * pi * k / n) + sin(2 * pi * k / n) for k in range(n)]
    print([f"{p:.3f}" for p in pts])
    print(sqrt(2) * sqrt(2), floor(-0.5), floor(1e10))


if __name__ == "__main__":
    main()
