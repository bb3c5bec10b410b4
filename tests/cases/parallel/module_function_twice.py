# krait: threads=1,2,3
# Two parallel loops in one function and a function called twice.
import numpy as np
from krait import prange


def normalise(x: "f64[:]") -> float:
    s = 0.0
    for i in prange(x.shape[0]):
        s += abs(x[i])
    if s == 0.0:
        return 0.0
    for i in prange(x.shape[0]):
        x[i] = x[i] / s
    return s


if __name__ == "__main__":
    x = np.array([1.0, -3.0, 4.0, 0.0])
    print(normalise(x), x)
    print(normalise(x), x)
    z = np.zeros(3)
    print(normalise(z), z)
