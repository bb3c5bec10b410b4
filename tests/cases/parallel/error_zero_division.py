# krait: threads=1,2,3
# ZeroDivisionError in a function called from a prange loop, deep inside
# an inner serial loop of the body.
from krait import prange


def inv(x: float) -> float:
    return 1.0 / x


def harmonic_rows(n: int, m: int, zero_at: int) -> float:
    s = 0.0
    for i in prange(n):
        for j in range(m):
            k = i * m + j
            s += inv(float(k - zero_at))
    return s


if __name__ == "__main__":
    print(round(harmonic_rows(10, 10, -1), 9))
    print(harmonic_rows(50, 40, 1234))
