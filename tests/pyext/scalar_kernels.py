"""Scalar kernels: the first extension-module exports."""
import math

SCALE = 3
RATE = 0.25
LABEL = "scalar kernels"
DEBUG = False


def collatz_len(n: int) -> int:
    """Steps of the Collatz sequence from n down to 1."""
    steps = 1
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def busy(limit: int) -> int:
    total = 0
    for i in range(1, limit):
        total += collatz_len(i)
    return total


def hyp(x: float, y: float) -> float:
    return math.sqrt(x * x + y * y)


def scaled(x: float, k: int = 2, neg: bool = False, off: float = -0.5) -> float:
    return (-x if neg else x) * k * SCALE + off


def floor_div(a: int, b: int) -> int:
    return a // b


def is_even(n: int) -> bool:
    return n % 2 == 0


def checked(flag: bool, n: int) -> None:
    assert n > 0, "n must be positive"
    if flag:
        print("checked", n)


def log_of(x: float) -> float:
    return math.log(x)


def depth(n: int) -> int:
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def _helper(a, b):
    return a + b


print("scalar_kernels imported")

if __name__ == "__main__":
    ONLY_AS_SCRIPT = 1
    print(busy(1000), ONLY_AS_SCRIPT)
