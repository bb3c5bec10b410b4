# while loops with compound conditions and early exits.


def steps_to_meet(a: int, b: int) -> int:
    steps = 0
    while a < b and steps < 1000:
        a += 3
        b -= 2
        steps += 1
    return steps


def scan(xs: list[int], limit: int) -> int:
    i = 0
    total = 0
    while i < len(xs) and total + xs[i] <= limit and not xs[i] < 0:
        total += xs[i]
        i += 1
    return i


def main() -> None:
    print(steps_to_meet(0, 100), steps_to_meet(50, 10), steps_to_meet(0, 5))
    data = [5, 10, 3, 8, -1, 20]
    for limit in [0, 4, 5, 15, 18, 26, 100]:
        print(limit, scan(data, limit))
    n = 27
    seen = 0
    while True:
        if n == 1:
            break
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seen += 1
        if seen > 500:
            break
    print("collatz 27:", seen)
    x = 1.0
    while x > 1e-3 or x < -1e-3:
        x = x * -0.5
    print(x)


if __name__ == "__main__":
    main()
