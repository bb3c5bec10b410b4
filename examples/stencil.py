"""5-point Laplacian stencil on a 2-D grid: explicit loops and a fused
whole-array expression, checked against each other.

Build: krait build --exe examples/stencil.py -o stencil && ./stencil 2000 10
"""
import sys

import numpy as np


def laplace_loops(u: "f64[:, :]", out: "f64[:, :]") -> None:
    n, m = u.shape
    for i in range(1, n - 1):
        for j in range(1, m - 1):
            out[i, j] = u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1] - 4.0 * u[i, j]


def laplace_slices(u: "f64[:, :]", out: "f64[:, :]") -> None:
    out[1:-1, 1:-1] = u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:] - 4.0 * u[1:-1, 1:-1]


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    x = np.linspace(0.0, 1.0, n)
    u = np.zeros((n, n))
    for i in range(n):
        u[i, :] = x * x * (i + 1)
    a = np.zeros((n, n))
    b = np.zeros((n, n))
    for _ in range(reps):
        laplace_loops(u, a)
        laplace_slices(u, b)
    print(f"checksum {np.sum(a):.6f} {np.sum(b):.6f} max diff {np.max(np.abs(a - b))}")
