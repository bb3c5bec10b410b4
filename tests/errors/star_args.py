# error: *args parameters are not supported


def first(n: int, *args: int) -> int:
    return n
