# Many pseudo-random floats printed with repr and several format specs.
import random


def main() -> None:
    random.seed(12345)
    for k in range(-30, 31, 3):
        for _ in range(3):
            x = (random.random() - 0.5) * 10.0 ** k
            print(x, f"{x:.3e}|{x:.10g}|{x:g}|{x:.2f}|{x:.17g}|{x:%}" if abs(x) < 1e12 else f"{x:.3e}|{x:.10g}|{x:g}")
    for e in range(-8, 24):
        x = 10.0 ** e
        print(e, x, -x * 1.5, x / 3.0, f"{x:.0f}" if e < 20 else "", f"{x:n}" if False else "")
    for i in range(1, 40):
        print(2.0 ** -i, 2.0 ** (i * 5), end=" ")
    print()


if __name__ == "__main__":
    main()
