# krait: threads=1,2,3
# The seed example: Monte-Carlo pi with random.uniform in a prange loop.
# krait draws each iteration from its own stream, CPython from one
# sequence: both estimates are close to pi, which is what is printed.
import math
import random
from krait import prange


def estimate_pi(n: int) -> float:
    inside = 0
    for i in prange(n):
        x = random.uniform(0, 1)
        y = random.uniform(0, 1)
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / n


if __name__ == "__main__":
    random.seed(2024)
    pi = estimate_pi(400000)
    print(abs(pi - math.pi) < 0.02)
    print(0.0 < estimate_pi(10) <= 4.0)
