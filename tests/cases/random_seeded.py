# random with an explicit seed: the stream is bit-exact with CPython's Mersenne Twister.
import random


def rolls(n: int) -> list[int]:
    return [random.randint(1, 6) for i in range(n)]


def main() -> None:
    random.seed(42)
    print([random.random() for i in range(5)])
    print(rolls(20))
    print([random.uniform(-1.0, 1.0) for i in range(4)])
    print([random.gauss(0.0, 1.0) for i in range(5)])
    random.seed(42)
    print(random.random())
    random.seed(12345)
    print(random.randint(0, 1000000), random.randint(-5, 5), random.randint(0, 2 ** 40))
    print(random.uniform(10.0, 20.0), random.gauss(100.0, 15.0))


if __name__ == "__main__":
    main()
