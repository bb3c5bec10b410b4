# krait: dump-after=fold
# Constant folding: pure scalar arithmetic folds with Python's rules; an
# operation that would raise (1 // 0) is left for run time.
import math

SCALE = 4


def f(x: int) -> float:
    a = 7 // -2 + 7 % -3 + 2 ** 10
    b = 1.5 * SCALE + math.pi
    if x > 0:
        return a + b
    return float(1 // 0 + x)


if __name__ == "__main__":
    print(f(1))
