# error: 'scale' has no parameter named 'factr'


def scale(x: float, factor: float = 2.0) -> float:
    return x * factor


print(scale(1.0, factr=3.0))
