# error: the global statement is not supported
COUNTER = 0


def bump() -> None:
    global COUNTER
    COUNTER = COUNTER + 1
