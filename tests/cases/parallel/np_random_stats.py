# krait: threads=1,2,3
# np.random inside a prange loop: each iteration draws from its own
# stream; the distributions are right and a seed makes runs repeatable.
import numpy as np
from krait import prange


def fill(u: "f64[:]", g: "f64[:]", k: "i64[:]") -> None:
    for i in prange(u.shape[0]):
        u[i] = np.random.uniform(-1.0, 3.0)
        g[i] = np.random.normal(2.0, 0.5)
        k[i] = np.random.randint(0, 10)


def run(seed: int, n: int) -> tuple[float, float, float]:
    np.random.seed(seed)
    u = np.zeros(n)
    g = np.zeros(n)
    k = np.zeros(n, dtype=np.int64)
    fill(u, g, k)
    return float(u.mean() + g.std()), float(g.mean()), float(k.mean())


if __name__ == "__main__":
    a = run(3, 400000)
    print(abs(a[0] - 1.5) < 0.01, abs(a[1] - 2.0) < 0.005, abs(a[2] - 4.5) < 0.02)
    print(run(3, 1000) == run(3, 1000), run(3, 1000) != run(4, 1000))
