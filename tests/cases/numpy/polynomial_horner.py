# Evaluate a polynomial at many points with Horner's rule on whole arrays.
import numpy as np


def horner(coef: "f64[:]", x: "f64[:]") -> "f64[:]":
    y = np.zeros_like(x)
    for c in coef:
        y = y * x + c
    return y


def horner_int(coef: "i64[:]", x: "i64[:]") -> "i64[:]":
    y = np.zeros_like(x)
    for c in coef:
        y = y * x + c
    return y


def main() -> None:
    coef = np.array([1.0, -3.0, 0.5, 2.0])
    x = np.linspace(-2.0, 2.0, 9)
    print(horner(coef, x))
    print(horner_int(np.array([2, 0, -1, 5]), np.arange(-3, 4)))
    r = horner(np.array([1.0, 0.0, -2.0]), np.array([1.4142135623730951]))
    print(abs(r[0]) < 1e-12)


if __name__ == "__main__":
    main()
