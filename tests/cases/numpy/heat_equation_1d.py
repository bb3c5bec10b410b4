# Explicit 1-D heat equation with slice arithmetic.
import numpy as np


def step(u: "f64[:]", r: float) -> "f64[:]":
    new = u.copy()
    new[1:-1] = u[1:-1] + r * (u[2:] - 2.0 * u[1:-1] + u[:-2])
    return new


def main() -> None:
    n = 11
    u = np.zeros(n)
    u[n // 2] = 1.0
    for t in range(20):
        u = step(u, 0.25)
        if t % 5 == 4:
            print(t, f"{u.max():.10f}")
    print(f"{u.sum():.10f}")
    for i in range(n):
        print(f"{u[i]:.8f}")


if __name__ == "__main__":
    main()
