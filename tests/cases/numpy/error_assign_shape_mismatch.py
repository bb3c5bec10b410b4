# Storing a length-4 array into a length-3 slice fails.
import numpy as np


def main() -> None:
    a = np.zeros(6)
    a[0:3] = np.array([1.0, 2.0, 3.0])
    print(a)
    a[3:] = 7.0
    print(a)
    a[3:] = np.arange(4.0)
    print(a)


if __name__ == "__main__":
    main()
