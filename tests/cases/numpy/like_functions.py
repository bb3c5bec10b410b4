# zeros_like, ones_like, empty_like and full_like keep shape and dtype.
import numpy as np


def main() -> None:
    a = np.arange(6).reshape((2, 3))
    print(np.zeros_like(a))
    print(np.ones_like(a))
    print(np.full_like(a, 9))
    print(np.full_like(a, 2.7))
    b = np.linspace(0.0, 1.0, 4)
    print(np.zeros_like(b), np.ones_like(b), np.full_like(b, 0.5))
    c = np.empty_like(b)
    c[:] = 1.25
    print(c)
    f = np.arange(4, dtype=np.float32) / 3
    print(np.ones_like(f) / 3)
    g = np.zeros_like(a[:, 1])
    g[0] = 5
    print(g, a)
    h = np.full_like(np.arange(3, dtype=np.uint8), 300 - 45)
    print(h + 1)


if __name__ == "__main__":
    main()
