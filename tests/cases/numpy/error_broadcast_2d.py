# Broadcasting (2, 3) with (2,) fails: trailing dimensions differ.
import numpy as np


def main() -> None:
    a = np.ones((2, 3))
    b = np.array([1.0, 2.0])
    print(a * np.array([1.0, 2.0, 3.0]))
    print(a + b[:, None])
    print(b.shape, a.shape)
    print(a * b)


if __name__ == "__main__":
    main()
