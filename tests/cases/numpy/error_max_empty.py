# np.max of an empty int array raises ValueError (no identity).
import numpy as np


def main() -> None:
    a = np.arange(5)
    n = 0
    for v in a:
        n += v
    print(n, np.max(a))
    print(np.max(a[a.size:]))


if __name__ == "__main__":
    main()
