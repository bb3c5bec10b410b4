# np.random.seed outside [0, 2**32) raises numpy's ValueError.
import numpy as np


def reseed(s: int) -> float:
    np.random.seed(s)
    return np.random.random()


print(reseed(7))
print(reseed(-1))
