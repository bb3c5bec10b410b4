# error: cannot assign a str to 'x', which is a float


def f() -> float:
    x = 1.5
    x = "oops"
    return x
