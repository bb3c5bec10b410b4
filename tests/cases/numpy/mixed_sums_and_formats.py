# Sums of integer expressions, mean of a plain float array, mixed-magnitude printing, float32 compares.
import numpy as np


def main() -> None:
    a = np.arange(10)
    print(np.sum(a * a), np.prod(a[1:] + 1), (a * 3).max(), np.mean(a * 2))
    x = np.linspace(0.0, 1.0, 1001)
    print(x.mean(), np.mean(x))
    print(np.array([[1e-9, 1.0], [-3.5, 1e5]]))
    print(np.array([1e-5, 1e5]), np.array([0.001, 1000.0]))
    print(np.array([[-0.0, 1.0], [2.0, -3.0]]))
    print(np.linspace(0.0, 1.0, 0), np.linspace(0.0, 1.0, 2, endpoint=False))
    b = np.arange(6).reshape((3, 2))
    print(b.T.copy().ravel(), b[:, ::-1].flatten())
    f = np.array([0.1, 0.2, 0.3], dtype=np.float32)
    print(f == 0.1, f > 0.2, f.sum())
    print(np.array([1.0, 2.0]) ** -1, np.arange(1, 4) / np.arange(1, 4))
    i = np.arange(3, dtype=np.int64)
    print(i == 1.0, i < 1.5, i + True)
    print(np.full(3, 7.0)[1:].sum(), np.ones((4, 4))[1:3, 1:3].sum())
    print(np.eye(3)[::-1], np.eye(2, dtype=np.int32))


if __name__ == "__main__":
    main()
