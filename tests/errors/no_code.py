# error: invalid syntax in the only definition of an otherwise empty module
def broken(x: int) -> int
    return x
