import numpy as np


def main() -> None:
    x = np.sqrt(2.0)
    print(x)


main()
