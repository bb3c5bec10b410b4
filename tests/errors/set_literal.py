# error: set is not supported yet


def main() -> None:
    seen = {1, 2, 3}
