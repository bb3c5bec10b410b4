# error: the del statement is not supported


def f(xs: list[int]) -> int:
    del xs[0]
    return len(xs)
