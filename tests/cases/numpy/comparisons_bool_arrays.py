# Comparison operators give bool arrays; they broadcast and combine with & | ^ ~.
import numpy as np


def main() -> None:
    a = np.arange(6)
    b = np.array([5, 1, 2, 0, 4, 9])
    print(a < b, a <= b, a > b)
    print(a >= 3, a == b, a != b)
    print(3 < a, 2.5 >= a)
    m = (a > 1) & (a < 5)
    print(m, ~m, m | (a == 0), m ^ (a > 2))
    print(m.sum(), m.any(), m.all(), (~m).sum())
    x = np.linspace(0.0, 1.0, 5)
    print(x > 0.3, x == 0.5)
    g = np.arange(12).reshape((3, 4))
    print(g % 3 == 0)
    print(g > np.array([0, 5, 6, 11]))
    print(np.arange(3)[:, None] == np.arange(3))
    c = (a % 2 == 0).astype(int)
    print(c, np.sum(a > 2))


if __name__ == "__main__":
    main()
