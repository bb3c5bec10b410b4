# error: arrays can only be indexed by integers, not floats
import numpy as np


def f(a: "f64[:]") -> float:
    i = 1.0
    return a[i]
