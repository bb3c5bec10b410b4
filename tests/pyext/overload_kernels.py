"""Functions exported by `#pythran export` lines: several lines for one
function are overloads, tried in order."""
import numpy as np

#pythran export scale(int, int)
#pythran export scale(float, float)
#pythran export scale(float64[:], float)
#pythran export scale(int list, int)
#pythran export norm2((float, float))
#pythran export rowsum(float64[][])
#pythran export rowsum(int64[:, :])
#pythran export describe(str, int), describe(str, str)


def scale(x, k):
    """x times k."""
    return x * k


def norm2(p):
    return p[0] * p[0] + p[1] * p[1]


def rowsum(a):
    return a.sum(axis=1)


def describe(key, value):
    return key + "=" + str(value)


def helper(x):  # neither annotated nor exported: stays internal
    return x + 1


def annotated(x: int) -> int:
    return helper(x)
