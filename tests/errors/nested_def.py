# error: nested function definitions are not supported yet


def outer(x: int) -> int:
    def inner(y: int) -> int:
        return y * 2
    return inner(x)
