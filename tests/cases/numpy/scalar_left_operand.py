# Scalars on the left of array operators, and array-scalar mixing of types.
import numpy as np


def main() -> None:
    a = np.array([1.0, 2.0, 4.0, 8.0])
    print(1.0 - a, 2 * a, 1 / a, 10.0 // a, 9.0 % a, 2.0 ** a)
    i = np.arange(1, 6)
    print(100 - i, 60 // i, 60 % i, 3 * i, 1 / i)
    print(0.5 * i, i * 0.5, i + 0.25)
    x = 3
    y = 1.5
    print(x + i, y * i, i - x, i / y)
    s = a[2]
    print(s * a, a / s)


if __name__ == "__main__":
    main()
