import numpy as np


def main() -> None:
    m = np.zeros(2)
    m[1] += 1.5
    print(m)


main()
