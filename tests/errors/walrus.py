# error: assignment expressions (:=) are not supported


def f(xs: list[int]) -> int:
    if (n := len(xs)) > 3:
        return n
    return 0
