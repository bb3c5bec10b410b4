# error: 'add' takes 2 arguments but 1 was given


def add(a: int, b: int) -> int:
    return a + b


print(add(1))
