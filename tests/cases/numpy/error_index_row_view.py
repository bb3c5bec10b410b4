# Indexing a row view out of range: size refers to the row's length.
import numpy as np


def main() -> None:
    a = np.arange(12.0).reshape((4, 3))
    r = a[2]
    print(r[2])
    r[0] = -1.0
    print(a[2], len(r))
    print(a[4])


if __name__ == "__main__":
    main()
