# Indexing past the end of axis 1 of a 2-D array raises IndexError.
import numpy as np


def main() -> None:
    m = np.zeros((3, 4), dtype=np.int32)
    total = 0
    for j in range(5):
        m[1, j] = j
        total += j
        print(total)
    print(m)


if __name__ == "__main__":
    main()
