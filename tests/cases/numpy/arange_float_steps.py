# arange with negative and fractional float steps and int arange variants.
import numpy as np


def main() -> None:
    print(np.arange(1.0, 0.0, -0.25))
    print(np.arange(-1.0, 1.0, 0.3))
    print(np.arange(0.5, 3.0, 0.5), len(np.arange(0.5, 3.0, 0.5)))
    print(np.arange(5.0))
    print(np.arange(-5, 5, 3), np.arange(5, -5, -4))
    print(np.arange(0, 1, 0.1).size)
    print(np.arange(3, 30, 7))
    n = 4
    print(np.arange(n * n).reshape((n, n))[::n - 1])
    x = np.arange(0.0, 2.0, 0.5)
    print(x * 2, x[-1])


if __name__ == "__main__":
    main()
