# np.eye and np.array from 1-D and 2-D list literals.
import numpy as np


def main() -> None:
    print(np.eye(1))
    print(np.eye(4))
    i = np.eye(3) * 2.0 + np.ones((3, 3))
    print(i)
    a = np.array([1, 2, 3])
    print(a, a * a)
    b = np.array([1.0, 2.5, -3.0])
    print(b)
    c = np.array([[1, 2], [3, 4], [5, 6]])
    print(c, c.shape)
    d = np.array([[1.5, 2.0, 0.25], [0.0, -1.0, 8.0]])
    print(d, d.T)
    e = np.array([True, False, True])
    print(e, ~e)
    f = np.array([1, 2, 3], dtype=np.int8)
    print(f * 50)
    g = np.array([1.0, 2.5])
    print(g)
    x = 4.0
    h = np.array([x, x * 2, x * 3])
    print(h)


if __name__ == "__main__":
    main()
