# krait: threads=1,2,3
# Zero and one iterations: reductions keep their start value.
from krait import prange


def f(n: int) -> tuple[int, float, int]:
    s = 5
    p = 1.5
    m = -7
    for i in prange(n):
        s += i
        p *= 2.0
        m = max(m, i)
    return s, p, m


if __name__ == "__main__":
    print(f(0), f(1), f(2), f(-3))
