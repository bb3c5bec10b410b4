# Annotations with krait type names (f64, i64, i32) instead of strings.
import numpy as np
from krait import f64, i64, i32


def scale_rows(a: f64[:, :], s: f64[:]) -> None:
    n, m = a.shape
    for i in range(n):
        for j in range(m):
            a[i, j] = a[i, j] * s[i]


def count_pos(v: i32[:]) -> int:
    c = 0
    for x in v:
        if x > 0:
            c += 1
    return c


def iota(n: int) -> i64[:]:
    return np.arange(n)


def main() -> None:
    a = np.ones((3, 4))
    scale_rows(a, np.array([1.0, 2.0, 3.0]))
    print(a)
    print(count_pos(np.array([-1, 2, 3, 0, 5], dtype=np.int32)))
    print(iota(5) * 3)


if __name__ == "__main__":
    main()
