# error: lambda is not supported


def apply(n: int) -> int:
    f = lambda v: v * 2
    return f(n)
