# random module: seeds, randrange with steps and negative bounds, huge randint ranges, uniform, gauss.
import random


def main() -> None:
    for seed in [0, 1, 42, -7, 2 ** 40 + 3]:
        random.seed(seed)
        a = [random.randint(-5, 5) for _ in range(8)]
        b = [random.randrange(10, 100, 7) for _ in range(5)]
        c = [random.randrange(-20, -3) for _ in range(4)]
        d = [random.randrange(50) for _ in range(4)]
        e = random.randint(0, 2 ** 62)
        f = random.randint(-(2 ** 40), 2 ** 40)
        g = random.randrange(100, 0, -9)
        print(seed, a, b, c, d, e, f, g)
        print(random.random(), random.uniform(-1.0, 1.0), random.uniform(5.0, 2.0), random.gauss(0.0, 1.0), random.gauss(10.0, 0.5))
    random.seed(99)
    hits = 0
    for _ in range(20000):
        x = random.random()
        y = random.random()
        if x * x + y * y < 1.0:
            hits += 1
    print(hits, 4.0 * hits / 20000)
    random.seed(5)
    print(random.randint(1, 1), random.randrange(1, 2), random.randint(2 ** 31, 2 ** 32))


if __name__ == "__main__":
    main()
