# np.where, isnan, isinf, isfinite with nan and inf values (made without warnings).
import numpy as np


def main() -> None:
    big = 1e308
    inf = big * 10.0
    nan = inf - inf
    a = np.array([1.0, -2.0, 0.0, 4.0])
    b = np.array([1.0, inf, nan, -inf])
    print(b)
    print(np.isnan(b), np.isinf(b), np.isfinite(b))
    c = np.where(np.isfinite(b), b, 0.0)
    print(c)
    print(np.where(a > 0, a, -a))
    print(np.where(a > 0, 1, 0))
    print(np.where(np.isnan(b), -1.0, b))
    print(np.isnan(b).any(), np.isnan(b).all(), np.isfinite(a).all())
    print(np.max(b), np.min(b), b.sum())
    print(np.max(np.where(np.isnan(b), 0.0, b)))
    print(b * 0.5, -b)
    print(b > 0, b == b, b != b)


if __name__ == "__main__":
    main()
