# error: module 'math' has no attribute 'foo'
import math


def f(x: float) -> float:
    return math.foo(x)


print(f(1.0))
