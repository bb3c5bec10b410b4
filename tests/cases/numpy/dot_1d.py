# np.dot of two 1-D arrays for ints, floats and exactly representable values.
import numpy as np


def norm2(x: "f64[:]") -> float:
    return np.dot(x, x) ** 0.5


def main() -> None:
    a = np.arange(5)
    b = np.array([2, -1, 0, 3, 1])
    print(np.dot(a, b), np.dot(a, a))
    x = np.array([0.5, 1.5, -2.0, 4.0])
    y = np.array([2.0, 0.25, 1.0, -0.5])
    print(np.dot(x, y), np.dot(y, x))
    print(norm2(np.array([3.0, 4.0])))
    t = np.linspace(0.0, 1.0, 50)
    print(f"{np.dot(t, t):.9f}", round(float(np.dot(np.sin(t), np.cos(t))), 9))
    i = np.arange(4, dtype=np.int32)
    print(np.dot(i, i))
    m = np.arange(12.0).reshape((3, 4))
    print(np.dot(m[1], m[2]), np.dot(m[:, 0], m[:, 3]))


if __name__ == "__main__":
    main()
