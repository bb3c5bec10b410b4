"""Array kernels: numpy arrays in through the buffer protocol."""
import numpy as np


def axpy(out: "f64[:]", a: float, x: "f64[:]", y: "f64[:]") -> None:
    out[:] = a * x + y


def total(u: "f64[:, :]") -> float:
    return float(np.sum(u))


def laplace_into(out: "f64[:, :]", u: "f64[:, :]") -> None:
    out[1:-1, 1:-1] = u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:] - 4.0 * u[1:-1, 1:-1]


def pick(v: "i32[::1]", i: int) -> int:
    return int(v[i])


def count_true(mask: "bool[:]") -> int:
    n = 0
    for m in mask:
        if m:
            n += 1
    return n


def scale_u8(img: "u8[:, :]", k: int) -> None:
    for i in range(img.shape[0]):
        for j in range(img.shape[1]):
            img[i, j] = img[i, j] * k


def laplace(u: "f64[:, :]") -> "f64[:, :]":
    out = np.zeros_like(u)
    laplace_into(out, u)
    return out


def same(u: "f64[:]") -> "f64[:]":
    return u


def evens(n: int) -> "i64[:]":
    return np.arange(n)[::2]


def transposed(u: "f64[:, :]") -> "f64[:, :]":
    return u.T


def ramp(n: int) -> "f32[:]":
    return np.linspace(0.0, 1.0, n).astype(np.float32)


def blend(m: "f64[:, :]", w: "f64[:]") -> "f64[:, :]":
    return m * w + m.T * w[:, None] - m * m


def nested_sum(a: "f64[:]", b: "f64[:]", c: "f64[:]") -> "f64[:]":
    return a + (b * c)


def add_product(a: "f64[:]", b: "f64[:]", c: "f64[:]") -> None:
    a += b * c


def store_mix(out: "f64[:]", b: "f64[:]", c: "f64[:]") -> None:
    out[:] = np.sqrt(b) + np.maximum(b, c)
