# Reshaping 10 elements into (3, 4) raises ValueError.
import numpy as np


def main() -> None:
    a = np.arange(10)
    print(a.reshape((2, 5)))
    print(a.reshape((5, 2)).T)
    print(a.reshape(10).size)
    b = a.reshape((3, 4))
    print(b)


if __name__ == "__main__":
    main()
