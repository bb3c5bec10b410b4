# math.sqrt of a negative number raises ValueError: math domain error.
import math


def roots(a: float, b: float, c: float) -> tuple[float, float]:
    d = math.sqrt(b * b - 4.0 * a * c)
    return (-b + d) / (2.0 * a), (-b - d) / (2.0 * a)


def main() -> None:
    print(roots(1.0, -3.0, 2.0))
    print(roots(1.0, 2.0, 1.0))
    print(roots(1.0, 0.0, 1.0))


if __name__ == "__main__":
    main()
