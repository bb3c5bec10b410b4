# Reductions on float arrays (plain arrays: numpy's pairwise order is matched).
import numpy as np


def main() -> None:
    x = np.linspace(0.0, 1.0, 101)
    print(x.sum(), np.sum(x), x.mean(), np.mean(x))
    print(x.min(), x.max(), np.amin(x), np.amax(x))
    y = np.arange(1.0, 11.0)
    print(y.prod(), np.prod(y[:5]))
    z = np.full(1000, 0.1)
    print(z.sum(), z.mean())
    w = np.sin(np.arange(500.0))
    print(w.sum(), w.mean(), w.max(), w.min())
    m = np.arange(20.0).reshape((4, 5)) / 7.0
    print(m.sum(), m.mean(), m.max(), m.min())
    print(np.sum(x * 2.0 + 1.0 > 2.0), np.max(x * 3.0), np.min(-x))
    print(np.any(x > 0.99), np.all(x >= 0.0))


if __name__ == "__main__":
    main()
