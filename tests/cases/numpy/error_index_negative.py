# A negative index below -n raises IndexError showing the original index.
import numpy as np


def main() -> None:
    a = np.arange(6).reshape((2, 3))
    print(a[-2, -3], a[1, -1])
    k = -4
    print(a[0, k])


if __name__ == "__main__":
    main()
