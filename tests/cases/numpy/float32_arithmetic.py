# float32 arrays stay float32 and round like float32.
import numpy as np


def main() -> None:
    a = np.linspace(0.0, 1.0, 7).astype(np.float32)
    print(a)
    b = a * np.full(7, 3.0, dtype=np.float32) + 0.1
    print(b)
    c = a / 3
    print(c)
    print(a.sum(), a.max(), a.min())
    d = np.full((2, 3), 0.1, dtype=np.float32)
    print(d * d)
    print(d + d + d)
    e = np.sqrt(np.arange(6, dtype=np.float32))
    print(e)
    x = np.ones(2, dtype=np.float32) / 3
    print(x[0], x)
    f = np.zeros(3, dtype=np.float32)
    f += 0.3
    print(f, f * 2)


if __name__ == "__main__":
    main()
