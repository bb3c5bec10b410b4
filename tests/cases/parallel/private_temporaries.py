# krait: threads=1,2,3
# Variables assigned in the body are private to the iteration; the user's
# own keep the last iteration's value after the loop, as in a serial loop.
import numpy as np
from krait import prange


def poly(x: "f64[:]", out: "f64[:]") -> float:
    t = 0.0
    for i in prange(x.shape[0]):
        t = x[i] * x[i]
        u = t * x[i] - 2.0 * t
        if u > 0.0:
            out[i] = u
        else:
            out[i] = -u
    return t


def last_index(n: int) -> int:
    k = -1
    for i in prange(n):
        k = i * 3
    return k + i


if __name__ == "__main__":
    x = np.linspace(-2.0, 3.0, 11)
    out = np.zeros(11)
    print(poly(x, out))
    print(out)
    print(last_index(10), last_index(1))
