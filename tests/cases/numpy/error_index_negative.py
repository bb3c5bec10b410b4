# A negative index below -n raises IndexError showing the original index.
import numpy as np


def main() -> None:
    a = np.arange(6).reshape((2, 3))
    print(a[-2, -3], a[1, -1])
    for j in range(-3, 3):
        print(j, a[0, j])
    k = -4
    print(a[0, k])


if __name__ == "__main__":
    main()
