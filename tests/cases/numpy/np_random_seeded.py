# np.random with a seed: random, uniform, normal and randint draw numpy's
# legacy RandomState stream bit for bit; Python's random is separate.
import random
import numpy as np


def draws(n: int) -> list[float]:
    return [np.random.random() for _ in range(n)]


def main() -> None:
    np.random.seed(5)
    print(draws(3))
    print(np.random.uniform(2.0, 3.0), np.random.uniform(), np.random.uniform(-1, 1))
    print(np.random.normal(), np.random.normal(1.0, 2.0), np.random.normal(0.5))
    print([np.random.randint(10) for _ in range(8)])
    print(np.random.randint(-5, 5), np.random.randint(0, 2**40), np.random.randint(-2**62, 2**62))
    print(np.random.randint(3, 4), np.random.randint(0, 2**32), np.random.randint(7, 2**32 + 7))
    random.seed(5)
    np.random.seed(5)
    print(random.random(), np.random.random())   # two generators, two streams
    np.random.seed(2**32 - 1)
    print(np.random.random())
    np.random.seed(0)
    total = 0.0
    for i in range(100000):
        total += np.random.normal(0.0, 1.0)
    print(round(total, 6))
    np.random.seed(123)
    print(np.random.randint(1, 2))


if __name__ == "__main__":
    main()
