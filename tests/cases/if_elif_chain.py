# if/elif/else chains, conditional expressions and boolean logic.


def grade(score: int) -> str:
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"


def sign(x: float) -> int:
    return 1 if x > 0.0 else (-1 if x < 0.0 else 0)


def classify(n: int) -> str:
    kind = ""
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n % 2 == 0 and n > 100:
        kind = "big even"
    elif n % 2 == 0:
        kind = "small even"
    elif n % 2 == 1 or n > 1000:
        kind = "odd"
    return kind


def main() -> None:
    for s in [100, 95, 90, 89, 80, 75, 61, 60, 59, 0]:
        print(s, grade(s))
    for x in [2.5, -0.1, 0.0, -0.0, 1e-300]:
        print(x, sign(x))
    for n in [-5, 0, 4, 200, 7, 1001]:
        print(n, classify(n))
    t = True
    f = False
    print(t and f, t or f, not t, t and not f, f or f or t, (t or f) and f)


if __name__ == "__main__":
    main()
