# error: dict is not supported yet


def main() -> None:
    ages = {"ann": 31, "bo": 27}
