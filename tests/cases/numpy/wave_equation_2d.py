# Leapfrog 2-D wave equation with slice stencils; checks printed rounded.
import numpy as np


def main() -> None:
    n = 16
    u = np.zeros((n, n))
    u[n // 2, n // 2] = 1.0
    prev = u.copy()
    c2 = 0.2
    for t in range(30):
        nxt = np.zeros((n, n))
        nxt[1:-1, 1:-1] = (2.0 * u[1:-1, 1:-1] - prev[1:-1, 1:-1]
                           + c2 * (u[2:, 1:-1] + u[:-2, 1:-1] + u[1:-1, 2:] + u[1:-1, :-2]
                                   - 4.0 * u[1:-1, 1:-1]))
        prev = u
        u = nxt
        if t % 10 == 9:
            print(t, f"{u.max():.8f} {u.min():.8f} {np.abs(u).sum():.8f}")
    print(f"{u[n // 2, n // 2]:.8f} {u[3, 4]:.8f}")


if __name__ == "__main__":
    main()
