# np.clip, np.minimum and np.maximum with arrays and scalars.
import numpy as np


def main() -> None:
    x = np.linspace(-3.0, 3.0, 7)
    print(np.clip(x, -1.0, 2.0))
    print(np.clip(np.arange(10), 2, 7))
    print(np.minimum(x, 0.0), np.maximum(x, 0.0))
    y = np.array([3.0, -5.0, 0.5, 2.0, -1.0, 4.0, 0.0])
    print(np.minimum(x, y), np.maximum(x, y))
    i = np.arange(6)
    print(np.minimum(i, 5 - i), np.maximum(i, np.array([5, 4, 3, 2, 1, 0])))
    m = np.arange(12).reshape((3, 4))
    print(np.clip(m, 3, 8), np.maximum(m, np.array([5, 0, 5, 0])))
    relu = np.maximum(x, 0.0)
    print(relu.sum(), np.minimum(x, y).min())


if __name__ == "__main__":
    main()
