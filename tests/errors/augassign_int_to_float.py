# error: 'total' is an int and cannot become a float through +=


def main() -> None:
    total = 0
    total += 0.5
    print(total)
