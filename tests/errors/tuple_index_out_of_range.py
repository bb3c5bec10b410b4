# error: tuple index 2 is out of range for a tuple of length 2


def second_and_third(p: tuple[int, int]) -> int:
    return p[1] + p[2]


print(second_and_third((1, 2)))
