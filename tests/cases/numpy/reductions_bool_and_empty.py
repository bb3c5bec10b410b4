# Reductions of bool arrays and of empty arrays that have an identity.
import numpy as np


def main() -> None:
    b = np.array([True, False, True, True])
    print(b.sum(), b.any(), b.all(), np.sum(b), np.prod(b))
    print(b.min(), b.max())
    e = np.zeros(0)
    print(e.sum(), e.prod(), e.any(), e.all())
    ei = np.arange(0)
    print(np.sum(ei), np.prod(ei), np.any(ei), np.all(ei))
    f = np.zeros((3, 0))
    print(f.sum(), f.size)
    z = np.zeros(5, dtype=bool)
    print(z.any(), z.all(), (~z).all())
    i = np.array([0, 3, 0])
    print(i.any(), i.all(), np.any(i == 0))
    x = np.array([0.0, -0.0, 0.5])
    print(x.any(), x.all())


if __name__ == "__main__":
    main()
