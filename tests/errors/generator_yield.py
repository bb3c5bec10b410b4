# error: generators (yield) are not supported


def count_up(n: int):
    for i in range(n):
        yield i
