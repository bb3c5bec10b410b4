# error: boolean-mask indexing a[a > 0] is not supported
import numpy as np


def positives(a: "f64[:]") -> "f64[:]":
    return a[a > 0]
