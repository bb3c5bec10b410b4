# error: dtype=str is not a supported array dtype
import numpy as np


def f() -> None:
    a = np.zeros(3, dtype=str)
    print(a)
