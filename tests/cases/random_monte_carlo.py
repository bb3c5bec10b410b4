# Monte Carlo estimates driven by a seeded random stream.
import random
import math


def estimate_pi(n: int) -> float:
    inside = 0
    for i in range(n):
        x = random.random()
        y = random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / n


def random_walk(steps: int) -> int:
    pos = 0
    far = 0
    for i in range(steps):
        pos += 1 if random.random() < 0.5 else -1
        far = max(far, abs(pos))
    return far


def main() -> None:
    random.seed(2024)
    for n in [10, 100, 1000, 20000]:
        p = estimate_pi(n)
        print(n, p, f"{abs(p - math.pi):.4f}")
    random.seed(7)
    print([random_walk(100) for i in range(8)])
    hist = [0] * 10
    for i in range(5000):
        hist[random.randint(0, 9)] += 1
    print(hist, sum(hist))
    s = 0.0
    for i in range(1000):
        s += random.gauss(0.0, 1.0)
    print(f"{s / 1000:.6f}")


if __name__ == "__main__":
    main()
