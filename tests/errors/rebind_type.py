# error: cannot assign a str to 'count', which is an int


def main() -> None:
    count = 3
    print(count)
    count = "three"
    print(count)
