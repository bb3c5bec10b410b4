# error: list has no method 'frobnicate'


def f(xs: list[int]) -> None:
    xs.frobnicate(1)


f([1])
