# krait: threads=1,2,3
# An IndexError inside a prange loop is raised once, after the loop, with
# CPython's message; the traceback names the loop's line.
import numpy as np
from krait import prange


def gather(x: "f64[:]", idx: "i64[:]", out: "f64[:]") -> None:
    for i in prange(idx.shape[0]):
        out[i] = x[idx[i]]


if __name__ == "__main__":
    x = np.arange(10.0)
    out = np.zeros(6)
    gather(x, np.array([0, 2, 4, 6, 8, 9]), out)
    print(out)
    gather(x, np.array([0, 2, 40, 6, 8, 90]), out)
    print("not reached")
