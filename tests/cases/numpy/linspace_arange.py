# np.linspace and np.arange with ints, floats, steps and endpoint=False.
import numpy as np


def main() -> None:
    print(np.arange(5))
    print(np.arange(2, 9))
    print(np.arange(10, 0, -3))
    print(np.arange(0.0, 1.0, 0.25))
    print(np.arange(1.5, 4.0))
    print(np.arange(0.0, 1.0, 0.1))
    print(np.linspace(0.0, 1.0, 5))
    print(np.linspace(-1.0, 1.0, num=9))
    print(np.linspace(0.0, 2.0, 4, endpoint=False))
    print(np.linspace(2, 3, 3))
    print(np.linspace(0.0, 1.0, 1))
    x = np.linspace(0.0, 10.0, 11)
    print(x[3], x[-1], len(x))
    print(np.arange(0), len(np.arange(0)))
    print(np.arange(3, 3), np.arange(5, 1))


if __name__ == "__main__":
    main()
