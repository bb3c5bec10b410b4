# Newton iterations for square roots of a whole array at once.
import numpy as np


def vsqrt(a: "f64[:]", iters: int) -> "f64[:]":
    x = np.where(a > 1.0, a, 1.0)
    for _ in range(iters):
        x = 0.5 * (x + a / x)
    return x


def main() -> None:
    a = np.array([0.25, 1.0, 2.0, 9.0, 100.0, 12345.0])
    r = vsqrt(a, 30)
    print(r)
    print(np.abs(r - np.sqrt(a)).max() < 1e-12)
    print(r * r - a < 1e-9)


if __name__ == "__main__":
    main()
