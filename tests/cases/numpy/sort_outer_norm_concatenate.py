# np.sort (NaN last), np.outer, np.linalg.norm, np.concatenate with numpy messages.
import numpy as np


def main() -> None:
    a = np.array([3.0, -1.0, np.nan, 2.5, 0.0])
    print(np.sort(a), np.sort(np.array([[3, 1, 2], [9, 7, 8]])))
    b = np.arange(4)
    print(np.outer(b, np.array([1.0, 0.5])), np.outer(np.array([[1, 2], [3, 4]]), b))
    print(round(np.linalg.norm(np.array([3.0, 4.0])), 12), round(np.linalg.norm(np.eye(3)), 12))
    x = np.arange(6).reshape((2, 3))
    print(np.concatenate((x, x * 10)), np.concatenate((x, x), axis=1))
    print(np.concatenate([np.array([1.5]), np.arange(3)]))
    print(np.concatenate((x, np.ones((2, 2))), axis=0))


main()
