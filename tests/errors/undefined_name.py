# error: name 'totl' is not defined


def total(xs: list[int]) -> int:
    s = 0
    for x in xs:
        s += x
    return totl

print(total([1, 2]))
