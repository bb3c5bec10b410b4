# krait: threads=1,2,3
# random.random() in a prange loop: mean and variance of 10**6 draws are
# those of U(0, 1) (1/2 and 1/12) within a few standard errors.
import random
import numpy as np
from krait import prange


def draws(out: "f64[:]") -> None:
    for i in prange(out.shape[0]):
        out[i] = random.random()


if __name__ == "__main__":
    random.seed(7)
    x = np.zeros(1000000)
    draws(x)
    print(abs(x.mean() - 0.5) < 0.002, abs(x.var() - 1.0 / 12.0) < 0.001)
    print(x.min() >= 0.0, x.max() < 1.0)
    lag = np.mean((x[:-1] - 0.5) * (x[1:] - 0.5)) * 12.0   # lag-1 autocorrelation
    print(abs(lag) < 0.01)
