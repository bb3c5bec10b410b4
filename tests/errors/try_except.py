# error: try/except is not supported


def parse(s: str) -> int:
    try:
        return int(s)
    except ValueError:
        return 0
