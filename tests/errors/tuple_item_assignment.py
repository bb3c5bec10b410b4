# error: tuples are immutable: cannot assign to 'p[0]'


def reset(p: tuple[int, int]) -> None:
    p[0] = 0


reset((1, 2))
