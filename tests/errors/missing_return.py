# error: 'sign' is declared to return int but can reach the end without returning


def sign(x: int) -> int:
    if x > 0:
        return 1
    elif x < 0:
        return -1

print(sign(0) + 1)
