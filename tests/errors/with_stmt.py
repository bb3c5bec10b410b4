# error: the with statement is not supported


def f(n: int) -> int:
    with n:
        return n


print(f(1))
