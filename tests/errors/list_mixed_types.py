# error: list elements must all have one type (int and str here)


def main() -> None:
    xs = [1, 2, "three"]
