# Element-wise math functions on float64 arrays.
import numpy as np


def main() -> None:
    x = np.linspace(0.5, 3.0, 6)
    print(np.sqrt(x))
    print(np.exp(x))
    print(np.log(x))
    print(np.log10(x))
    print(np.sin(x))
    print(np.cos(x))
    print(np.tan(x))
    print(np.arctan(x))
    print(np.sinh(x), np.cosh(x), np.tanh(x))
    y = np.array([-2.5, -0.5, 0.0, 0.5, 1.5, 2.5])
    print(np.floor(y), np.ceil(y))
    print(np.abs(y), np.absolute(y))
    print(np.hypot(x, y), np.arctan2(y, x))
    print(np.power(x, 2), np.power(x, y))
    print(np.clip(y, -1.0, 1.0))
    print(np.minimum(x, y), np.maximum(x, 1.0))


if __name__ == "__main__":
    main()
