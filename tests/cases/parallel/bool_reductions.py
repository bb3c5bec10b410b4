# krait: threads=1,2,3
# any/all style reductions with |= and &= on bools.
import numpy as np
from krait import prange


def any_all(x: "f64[:]", limit: float) -> tuple[bool, bool]:
    some = False
    every = True
    for i in prange(x.shape[0]):
        v = float(x[i])
        some |= v > limit
        every &= v > -limit
    return some, every


if __name__ == "__main__":
    x = np.cos(np.arange(1000.0))
    print(any_all(x, 0.999), any_all(x, 1.5), any_all(x, 0.5))
