# Storing a (3,) row into a (2, 2) block fails with numpy's message.
import numpy as np


def main() -> None:
    m = np.zeros((4, 4))
    m[1, :] = np.arange(4.0)
    print(m)
    m[:2, :2] = np.ones(2)
    print(m)
    m[:2, :2] = np.ones(3)
    print(m)


if __name__ == "__main__":
    main()
