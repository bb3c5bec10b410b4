# error: local variable 'y' is used before it is assigned


def f(n: int) -> int:
    x = y + n
    y = 2
    return x

print(f(1))
