# Broadcasting with 3-D arrays against 2-D and 1-D operands.
import numpy as np


def main() -> None:
    a = np.arange(24).reshape((2, 3, 4))
    print(a + np.arange(4))
    print(a * np.arange(12).reshape((3, 4)))
    b = np.ones((2, 3, 4)) + np.arange(3.0)[:, None]
    print(b)
    c = np.arange(2).reshape((2, 1, 1)) * 100 + a
    print(c)
    print((a % 5 == 0).sum(), (a > np.arange(4) * 6).sum())


if __name__ == "__main__":
    main()
