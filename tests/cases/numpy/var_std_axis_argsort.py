# var/std along an axis in numpy's order; argsort of distinct values.
import numpy as np


def main() -> None:
    f = np.linspace(-1.0, 3.0, 24).reshape((4, 6)) ** 2
    print(f.var(axis=0), f.var(axis=1), np.std(f, axis=0), np.std(f, axis=-1))
    i = np.arange(12).reshape((3, 4))
    print(np.var(i, axis=1), i.std(axis=0))
    x = np.array([3.0, 1.0, 2.0, 1.5, 5.0, 0.5])
    print(np.argsort(x), x.argsort(), np.argsort(np.array([[3, 1, 2], [0, 9, 4]])))
    print(x[np.argsort(x)[0]], np.argsort(np.array([5, 2, 9, 1, 7])))


main()
