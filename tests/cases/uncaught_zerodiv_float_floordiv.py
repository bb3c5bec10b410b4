# Float floor division by zero raises ZeroDivisionError.


def steps(length: float, step: float) -> float:
    return length // step


def main() -> None:
    for s in [0.5, 0.25, 1e-300, -0.0]:
        print(s, steps(3.0, s))
    print("not reached")


if __name__ == "__main__":
    main()
