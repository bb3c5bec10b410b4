# random.shuffle and random.choice, bit-exact with CPython for a fixed seed.
import random


def main() -> None:
    random.seed(12345)
    xs = list(range(10))
    random.shuffle(xs)
    print(xs)
    words = ["alpha", "beta", "gamma", "delta"]
    print([random.choice(words) for _ in range(6)], random.choice(xs))
    random.shuffle(words)
    print(words)
    e: list[int] = []
    print(random.choice(e))


main()
