import numpy as np


def main() -> None:
    m = np.zeros((2, 2))
    m[0, 1] += 1.5
    print(m)


main()
