# Fixed-point iteration until the largest change drops below a tolerance.
import numpy as np


def relax(b: "f64[:]", tol: float) -> int:
    n = len(b)
    x = np.zeros(n)
    it = 0
    while True:
        new = np.zeros(n)
        new[1:-1] = 0.5 * (x[:-2] + x[2:]) + b[1:-1]
        it += 1
        diff = np.abs(new - x).max()
        x = new
        if diff < tol or it >= 10000:
            break
    print(f"{x.max():.6f} {x[n // 2]:.6f}")
    return it


def main() -> None:
    b = np.full(9, 0.01)
    print(relax(b, 1e-6))
    print(relax(np.linspace(0.0, 0.08, 9), 1e-8))


if __name__ == "__main__":
    main()
