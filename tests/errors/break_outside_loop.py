# error: 'break' outside loop


def f(x: int) -> int:
    if x > 0:
        break
    return x
