# error: call before def
print("start")
print(f(1))


def f(x: int) -> int:
    return x + 1
