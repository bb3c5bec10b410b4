# error: the element type of an empty list must be annotated (xs: list[int] = [])


def main() -> None:
    xs = []
    print(len(xs))
