# error: list indices must be int, not float


def pick(xs: list[int]) -> int:
    i = 1.0
    return xs[i]


print(pick([1, 2]))
