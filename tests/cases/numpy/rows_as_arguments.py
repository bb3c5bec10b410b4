# Rows and columns of 2-D arrays passed to 1-D kernels; results stored back.
import numpy as np


def normalize(v: "f64[:]") -> None:
    s = v.sum()
    for i in range(len(v)):
        v[i] = v[i] / s


def argmax_loop(v: "f64[:]") -> int:
    best = 0
    for i in range(1, len(v)):
        if v[i] > v[best]:
            best = i
    return best


def main() -> None:
    m = np.arange(1.0, 13.0).reshape((3, 4))
    for i in range(3):
        normalize(m[i])
    print(m)
    print(m.sum())
    print([argmax_loop(m[:, j]) for j in range(4)])
    print([argmax_loop(r) for r in m])
    col = m[:, 2]
    normalize(col)
    print(m[:, 2], len(m[0]))


if __name__ == "__main__":
    main()
