# 1-D convolution with loops and a moving average built from shifted slices.
import numpy as np


def conv_valid(x: "f64[:]", k: "f64[:]") -> "f64[:]":
    n = len(x) - len(k) + 1
    out = np.zeros(n)
    for i in range(n):
        s = 0.0
        for j in range(len(k)):
            s += x[i + j] * k[j]
        out[i] = s
    return out


def moving_avg3(x: "f64[:]") -> "f64[:]":
    return (x[:-2] + x[1:-1] + x[2:]) / 3.0


def main() -> None:
    x = np.array([1.0, 2.0, 4.0, 8.0, 16.0, 8.0, 4.0, 2.0, 1.0])
    print(conv_valid(x, np.array([1.0, -2.0, 1.0])))
    print(conv_valid(x, np.array([0.25, 0.5, 0.25])))
    print(moving_avg3(x))
    print(moving_avg3(np.arange(10.0)))
    i = np.arange(10)
    print(i[2:] - i[:-2])


if __name__ == "__main__":
    main()
