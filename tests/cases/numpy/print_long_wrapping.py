# Long arrays wrap at 75 columns; more than 1000 elements are summarized.
import numpy as np


def main() -> None:
    print(np.arange(40))
    print(np.arange(30) * 1000)
    print(np.linspace(0.0, 1.0, 17))
    print(np.arange(30).reshape((2, 15)))
    print(np.arange(1001))
    print(np.arange(2000.0) / 4.0)
    print(np.arange(1200).reshape((40, 30)))
    print(np.zeros(1001, dtype=bool))
    print(np.arange(24, dtype=np.int8).reshape((2, 3, 4)) - 12)


if __name__ == "__main__":
    main()
