# error: storing a 1-D array into a single element of a 1-D array
import numpy as np


def f(a: "f64[:]", b: "f64[:]") -> None:
    a[0] = b
