# error: operands with incompatible static shapes
import numpy as np


def main() -> None:
    a = np.zeros((2, 3))
    b = np.ones(4)
    c = a + b
    print(c)


main()
