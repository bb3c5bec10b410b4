# krait: dump-after=lower
# Lowering binds calls and raising operations to temporaries in source
# order, so evaluation is left to right as in CPython.
def g(x: int) -> int:
    print("g", x)
    return x


def f(a: int, b: int) -> int:
    return g(a) // g(b) + (a % b if b else 0)


if __name__ == "__main__":
    print(f(7, 2))
