# error: str is immutable: cannot assign to 's[0]'


def cap(s: str) -> str:
    s[0] = "X"
    return s


print(cap("abc"))
