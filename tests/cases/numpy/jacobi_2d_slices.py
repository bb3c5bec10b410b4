# Jacobi iteration on a 2-D grid using slices of a 2-D array.
import numpy as np


def jacobi(u: "f64[:, :]", iters: int) -> "f64[:, :]":
    for _ in range(iters):
        v = u.copy()
        v[1:-1, 1:-1] = 0.25 * (u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:])
        u = v
    return u


def main() -> None:
    u = np.zeros((6, 6))
    u[0, :] = 1.0
    u[:, 0] = 0.5
    r = jacobi(u, 25)
    for i in range(6):
        print(" ".join([f"{r[i, j]:.6f}" for j in range(6)]))
    print(f"{r.sum():.8f} {r[1:-1, 1:-1].max():.8f}")


if __name__ == "__main__":
    main()
