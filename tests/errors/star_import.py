# error: 'from math import *' is not supported
from math import *


def f(x: float) -> float:
    return x * 2.0
