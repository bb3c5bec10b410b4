# shape, ndim, size and len for arrays of several ranks.
import numpy as np


def describe(a: "f64[:, :]") -> str:
    n, m = a.shape
    return f"{n}x{m} ndim={a.ndim} size={a.size} len={len(a)}"


def main() -> None:
    a = np.zeros((3, 5))
    print(describe(a))
    print(describe(a[1:, ::2]))
    print(describe(a.T))
    v = np.arange(7)
    print(v.shape, v.ndim, v.size, len(v))
    (k,) = v.shape
    print(k)
    c = np.zeros((2, 3, 4))
    print(c.shape, c.ndim, c.size, len(c))
    print(c.shape[2], c[0].shape, c[:, 0].shape)
    print(a[0][:, None].shape)
    print(np.arange(5)[:, None].shape)
    print(a.shape == (3, 5), v.shape[0] * 2)


if __name__ == "__main__":
    main()
