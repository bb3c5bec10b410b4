# error: the match statement is not supported


def name(n: int) -> str:
    match n:
        case 1:
            return "one"
        case _:
            return "many"
