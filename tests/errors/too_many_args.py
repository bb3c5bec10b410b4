# error: 'square' takes 1 argument but 3 were given


def square(x: float) -> float:
    return x * x


print(square(1.0, 2.0, 3.0))
