# error: the default value of 'count' is a str but the parameter is an int


def repeat(s: str, count: int = "2") -> str:
    return s * count


print(repeat("ab"))
