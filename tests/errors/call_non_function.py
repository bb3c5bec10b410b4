# error: 'n' is an int and cannot be called


def f(n: int) -> int:
    return n(2)


print(f(3))
