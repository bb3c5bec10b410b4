# Float modulo by zero raises ZeroDivisionError.


def phase(t: float, period: float) -> float:
    return t % period


def main() -> None:
    periods = [2.5, 1.0, 0.0]
    for p in periods:
        print(p, phase(7.25, p))


if __name__ == "__main__":
    main()
