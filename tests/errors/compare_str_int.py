# error: '<' is not supported between 'str' and 'int'


def f(s: str) -> bool:
    return s < 10


print(f("a"))
