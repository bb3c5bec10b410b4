# error: unknown type 'foo' in the annotation of 'x'


def f(x: foo) -> int:
    return 1
