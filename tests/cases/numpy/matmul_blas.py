# a @ b and np.dot of 2-D arrays (CBLAS for float64, exact loops for ints).
import numpy as np


def main() -> None:
    a = np.arange(6, dtype=np.float64).reshape((2, 3))
    b = np.linspace(0.0, 1.0, 12).reshape((3, 4))
    print(a @ b)
    print(np.dot(a, b))
    v = np.array([1.0, -2.0, 0.5])
    print(a @ v, v @ b, v @ v)
    i = np.arange(6).reshape((3, 2))
    print(i @ np.array([[1, 2], [3, 4]]), np.dot(i, np.array([5, 7])))
    print(a.T @ a)
    big = np.ones((50, 40)) @ np.ones((40, 30))
    print(big.sum(), big.shape)
    print(np.dot(a, np.ones((4, 2))))


main()
