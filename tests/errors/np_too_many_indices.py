# error: too many indices (2) for a 1-D array
import numpy as np


def f(a: "f64[:]") -> float:
    return a[1, 2]
