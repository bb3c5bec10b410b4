# error: a variable bound to None that never becomes an array
def f() -> int:
    x = None
    return 3

print(f())
