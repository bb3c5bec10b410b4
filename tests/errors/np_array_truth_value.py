# error: an array has no single truth value, so `if a:` is rejected
import numpy as np


def f(a: "f64[:]") -> int:
    if a:
        return 1
    return 0
