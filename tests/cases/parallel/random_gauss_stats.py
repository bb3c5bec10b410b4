# krait: threads=1,2,3
# random.gauss() and random.randint() in a prange loop: sanity of the
# distributions over 10**6 draws.
import random
import numpy as np
from krait import prange


def normals(out: "f64[:]", mu: float, sigma: float) -> None:
    for i in prange(out.shape[0]):
        out[i] = random.gauss(mu, sigma)


def dice(counts: "i64[:, :]", n: int) -> None:
    per = n // counts.shape[0]
    for t in prange(counts.shape[0]):
        for k in range(per):
            counts[t, random.randint(1, 6) - 1] += 1


if __name__ == "__main__":
    random.seed(11)
    x = np.zeros(1000000)
    normals(x, 3.0, 2.0)
    print(abs(x.mean() - 3.0) < 0.01, abs(x.std() - 2.0) < 0.01)
    c = np.zeros((8, 6), dtype=np.int64)
    dice(c, 600000)
    total = c.sum(axis=0)
    print(total.sum(), bool(np.all(np.abs(total - 100000) < 1500)))
