# math.log of zero raises ValueError: math domain error.
import math


def decibels(power: float) -> float:
    return 10.0 * math.log10(power) if power > 100.0 else 10.0 * math.log(power) / math.log(10.0)


def main() -> None:
    x = 1000.0
    while True:
        print(x, f"{decibels(x):.6f}")
        x = x - 250.0


if __name__ == "__main__":
    main()
