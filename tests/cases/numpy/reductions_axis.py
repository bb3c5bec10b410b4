# Reductions along an axis (axis=0, 1, -1) on 2-D and 3-D arrays.
import numpy as np


def main() -> None:
    a = np.arange(12.0).reshape((3, 4))
    print(np.sum(a, axis=0), np.sum(a, axis=1))
    print(a.max(axis=0), a.min(axis=1), a.mean(axis=0))
    print(a.prod(axis=1), np.mean(a, axis=-1))
    i = np.arange(24).reshape((2, 3, 4))
    print(i.sum(axis=0))
    print(i.sum(axis=1))
    print(i.sum(axis=2), i.max(axis=-1))
    b = i % 5 == 0
    print(b.any(axis=1), b.all(axis=0))
    j = np.arange(6, dtype=np.int32).reshape((2, 3))
    print(j.sum(axis=0), np.min(j, axis=1))


if __name__ == "__main__":
    main()
