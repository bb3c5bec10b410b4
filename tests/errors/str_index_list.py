# error: list indices must be int, not str


def pick(xs: list[int]) -> int:
    return xs["0"]


print(pick([1, 2]))
