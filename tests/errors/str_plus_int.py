# error: unsupported operand types for +: 'str' and 'int'


def label(n: int) -> str:
    return "item " + n


print(label(3))
