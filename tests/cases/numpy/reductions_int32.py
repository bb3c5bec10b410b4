# Reductions on int32 arrays: sum and prod promote like numpy, min/max keep int32.
import numpy as np


def main() -> None:
    a = np.arange(1, 11, dtype=np.int32)
    print(a, a.sum(), a.prod(), a.min(), a.max())
    print(np.sum(a), np.prod(a[:5]), np.amin(a), np.amax(a))
    print(a.mean())
    print(np.any(a > 9), np.all(a > 0), (a > 10).any(), (a < 5).all())
    b = np.array([-3, 7, 0, 2], dtype=np.int32)
    print(np.min(b), np.max(b), b.sum(), np.mean(b))
    s = a.sum()
    print(s + 1, s * 2)
    big = np.full(5, 2000000000, dtype=np.int32)
    print(big.sum())
    m = np.arange(12, dtype=np.int32).reshape((3, 4))
    print(m.sum(), m.max(), m.min(), m.prod())


if __name__ == "__main__":
    main()
