# error: 'show' returns None, which cannot be assigned to an int


def show(n: int) -> None:
    print(n)


x: int = show(3)
