# error: numpy has no function frobnicate
import numpy as np


def f(a: "f64[:]") -> "f64[:]":
    return np.frobnicate(a)
