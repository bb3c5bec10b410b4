# error: cannot assign to a literal


def f(x: int) -> int:
    1 = x
    return x
