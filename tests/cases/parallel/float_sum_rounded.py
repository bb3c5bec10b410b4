# krait: threads=1,2,3
# Float reductions depend on the order of the additions: printed rounded.
import numpy as np
from krait import prange


def dot(a: "f64[:]", b: "f64[:]") -> float:
    s = 0.0
    for i in prange(a.shape[0]):
        s += a[i] * b[i]
    return s


def harmonic(n: int) -> float:
    s = 0.0
    for k in prange(1, n + 1):
        s += 1.0 / k
    return s


if __name__ == "__main__":
    a = np.linspace(0.0, 1.0, 200001)
    print(round(dot(a, a), 6))
    print(round(harmonic(1000000), 9))
    print(f"{dot(a[::2], a[1::2]):.6f}")
