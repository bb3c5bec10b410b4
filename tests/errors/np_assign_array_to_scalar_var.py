# error: a variable holding a float cannot later hold an array
import numpy as np


def f() -> float:
    x = 1.0
    x = np.zeros(3)
    return x
