# error: 'continue' not properly in loop


def f(x: int) -> int:
    continue
    return x
