# Trapezoid rule with slices and a loop version; results printed rounded.
import numpy as np


def trap_slices(y: "f64[:]", h: float) -> float:
    return h * (y.sum() - 0.5 * (y[0] + y[-1]))


def trap_loop(y: "f64[:]", h: float) -> float:
    s = 0.0
    for i in range(len(y) - 1):
        s += 0.5 * h * (y[i] + y[i + 1])
    return s


def main() -> None:
    for n in [3, 11, 101, 1001]:
        x = np.linspace(0.0, 3.141592653589793, n)
        y = np.sin(x)
        h = x[1] - x[0]
        print(n, f"{trap_slices(y, h):.9f}", f"{trap_loop(y, h):.9f}")
    x = np.linspace(0.0, 1.0, 5)
    print(trap_slices(x * x, 0.25), trap_loop(x * x, 0.25))


if __name__ == "__main__":
    main()
