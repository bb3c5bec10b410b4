# error: keyword-only parameters are not supported


def scale(x: float, *, factor: float = 2.0) -> float:
    return x * factor
