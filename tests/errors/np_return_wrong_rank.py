# error: returning a 2-D array from a function declared to return a 1-D array
import numpy as np


def f(n: int) -> "f64[:]":
    return np.zeros((n, n))
