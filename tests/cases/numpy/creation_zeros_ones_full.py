# np.zeros / ones / empty / full with int and tuple shapes and dtypes.
import numpy as np


def main() -> None:
    print(np.zeros(4))
    print(np.zeros((2, 3), dtype=np.int64))
    print(np.ones(3, dtype=np.int32))
    print(np.ones((2, 2), dtype=np.float32))
    print(np.full(5, 7))
    print(np.full((2, 4), 2.5))
    print(np.full((3, 2), -1, dtype=np.int8))
    print(np.zeros(3, dtype=bool), np.ones(2, dtype=bool))
    print(np.zeros(3, dtype=int), np.ones(3, dtype=float))
    print(np.full(3, True))
    e = np.empty((2, 2))
    e.fill(3.0)
    print(e)
    print(np.zeros((2, 2, 2), dtype=np.uint8))
    n = 3
    print(np.zeros((n, n + 1)).shape, np.ones(n * 2).size)
    print(np.zeros(0), np.zeros((0, 3)).shape)


if __name__ == "__main__":
    main()
