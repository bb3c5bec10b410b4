# error: 'name' is declared to return int but returns a str


def name(n: int) -> int:
    return "n" + str(n)


print(name(3) + 1)
