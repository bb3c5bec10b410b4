# error: a default naming a global that is bound twice is not a constant
ALPHA = 0.1


def f(x: float, a: float = ALPHA) -> float:
    return x * a


ALPHA = 0.2
print(f(1.0))
