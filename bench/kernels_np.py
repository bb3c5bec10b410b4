"""Array kernels timed inside the program (krait executable vs CPython+NumPy).

Each kernel runs `reps` times after one warm-up; the best time is printed as
`name seconds`. bench/arrays.py runs this file both ways and compares.
"""
import sys
import time

import numpy as np


def laplace_loops(u: "f64[:, :]", out: "f64[:, :]") -> None:
    n, m = u.shape
    for i in range(1, n - 1):
        for j in range(1, m - 1):
            out[i, j] = u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1] - 4.0 * u[i, j]


def fused(a: "f64[:]", b: "f64[:]", c: "f64[:]", d: "f64[:]", e: "f64[:]", out: "f64[:]") -> None:
    out[:] = a * b + c * d - e


def triad(b: "f64[:]", c: "f64[:]", s: float, out: "f64[:]") -> None:
    out[:] = b + s * c


def sum_prod(a: "f64[:]", b: "f64[:]") -> float:
    return np.sum(a * b)


def dot(a: "f64[:]", b: "f64[:]") -> float:
    return np.dot(a, b)


def matmul(a: "f64[:, :]", b: "f64[:, :]") -> "f64[:, :]":
    return a @ b


def best(times: list[float]) -> float:
    return min(times)


def main() -> None:
    which = sys.argv[1] if len(sys.argv) > 1 else "all"
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    n = 10000000
    a = np.linspace(0.0, 1.0, n)
    b = a * 0.5 + 1.0
    c = a * a
    d = b - a
    e = c + 0.25
    out = np.zeros(n)
    if which == "all" or which == "stencil":
        u = np.ones((2000, 2000))
        w = np.zeros((2000, 2000))
        times: list[float] = []
        for _ in range(reps + 1):
            t = time.perf_counter()
            laplace_loops(u, w)
            times.append(time.perf_counter() - t)
        print("stencil", best(times[1:]))
    if which == "all" or which == "fused":
        times = []
        for _ in range(reps + 1):
            t = time.perf_counter()
            fused(a, b, c, d, e, out)
            times.append(time.perf_counter() - t)
        print("fused", best(times[1:]))
    if which == "all" or which == "triad":
        times = []
        for _ in range(reps + 1):
            t = time.perf_counter()
            triad(b, c, 3.0, out)
            times.append(time.perf_counter() - t)
        print("triad", best(times[1:]))
    if which == "all" or which == "sum":
        times = []
        for _ in range(reps + 1):
            t = time.perf_counter()
            s = sum_prod(a, b)
            times.append(time.perf_counter() - t)
        print("sum_prod", best(times[1:]), round(s, 3))
        times = []
        for _ in range(reps + 1):
            t = time.perf_counter()
            s = dot(a, b)
            times.append(time.perf_counter() - t)
        print("dot", best(times[1:]), round(s, 3))
    if which == "all" or which == "matmul":
        x = np.linspace(0.0, 1.0, 1000000).reshape((1000, 1000))
        y = x.T.copy()
        times = []
        for _ in range(reps + 1):
            t = time.perf_counter()
            z = matmul(x, y)
            times.append(time.perf_counter() - t)
        print("matmul", best(times[1:]), round(z.sum(), 3))


if __name__ == "__main__":
    main()
