# Array assignments that take each copy of the fused loop nest: unit
# strides, strided views, transposes, broadcasting, empty shapes.
import numpy as np


def axpy_into(out: "f64[:]", a: float, x: "f64[:]", y: "f64[:]") -> None:
    out[:] = a * x + y


def blend(m: "f64[:, :]", w: "f64[:]") -> "f64[:, :]":
    return m * w + m.T * w[:, None] - m * m


def main() -> None:
    x = np.arange(12.0)
    y = np.linspace(0.0, 1.0, 12)
    out = np.zeros(12)
    axpy_into(out, 2.0, x, y)          # all unit strides
    print(out)
    out6 = np.zeros(6)
    axpy_into(out6, -1.5, x[::2], y[1::2])   # strided operands
    print(out6)
    axpy_into(out[::-2], 0.5, x[:6], y[6:])  # strided, reversed destination
    print(out)
    m = np.arange(16.0).reshape((4, 4))
    w = np.array([1.0, -2.0, 0.5, 3.0])
    print(blend(m, w))
    print(blend(m[::2, ::2], w[1:3]))
    t = m.T
    t += 1.0                            # in place through a transposed view
    print(m)
    m[:, 1] = m[:, 0] * m[:, 2] - m[:, 3]   # column views
    print(m)
    k = np.arange(24).reshape((2, 3, 4))
    k[:, 1:, ::2] = k[:, :-1, 1::2] * 10 + k[0, 0, 0]
    print(k)
    e = np.zeros((0, 3))
    e[:] = e * 2.0 + 1.0
    print(e.shape, e.sum())
    z = np.ones(5)
    z = z + z * z - z / (z + z)         # the same leaf several times
    print(z)
    flags = (x > 3.0) & (x < 9.0) | (x == 0.0)
    n = np.zeros(12, dtype=np.int64)
    n[:] = flags * 7 + ~flags * 1
    print(n, flags.sum())


if __name__ == "__main__":
    main()
