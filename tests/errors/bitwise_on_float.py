# error: unsupported operand types for &: 'float' and 'int'


def mask(x: float) -> int:
    return x & 255


print(mask(3.5))
