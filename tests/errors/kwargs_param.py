# error: **kwargs parameters are not supported


def show(n: int, **kwargs: int) -> int:
    return n
