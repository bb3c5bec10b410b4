# krait: threads=1,2,3
# When several iterations fail, the error raised is the one a serial loop
# would have met first: the lowest failing iteration.
from krait import prange


def check(v: int) -> int:
    if v % 997 == 300:
        raise ValueError(f"bad value {v}")
    return v


def total(n: int) -> int:
    s = 0
    for i in prange(n):
        s += check(i)
    return s


if __name__ == "__main__":
    print(total(300))
    print(total(100000))
