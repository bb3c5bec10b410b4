# a.T and np.transpose are views; loops over transposed arrays.
import numpy as np


def trace_t(a: "f64[:, :]") -> float:
    t = a.T
    s = 0.0
    for i in range(min(t.shape[0], t.shape[1])):
        s += t[i, i]
    return s


def main() -> None:
    a = np.arange(6.0).reshape((2, 3))
    t = a.T
    print(t, t.shape)
    print(np.transpose(a))
    t[0, 1] = 30.0
    print(a)
    print(a.T.T)
    print(trace_t(np.arange(9.0).reshape((3, 3))))
    v = np.arange(4)
    print(v.T, v.T.shape)
    b = a.T + 1.0
    print(b)
    print(a.T[1], a.T[:, 1])
    c = np.transpose(a)[::-1]
    print(c)


if __name__ == "__main__":
    main()
