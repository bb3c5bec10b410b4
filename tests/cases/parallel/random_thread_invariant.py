# krait: threads=1,2,3
# With a fixed seed, a prange loop's draws do not depend on the number of
# threads: the run at 1, 2 and 3 threads prints the same checksum. (CPython
# draws from one sequence, so the checksum is compared only against itself
# across runs: both print the comparison of two identical runs.)
import random
import numpy as np
from krait import prange


def fill(out: "f64[:]") -> None:
    for i in prange(out.shape[0], schedule="dynamic"):
        out[i] = random.random() + random.uniform(-1.0, 1.0)


def run(seed: int) -> "f64[:]":
    random.seed(seed)
    x = np.zeros(10000)
    fill(x)
    return x


if __name__ == "__main__":
    a = run(5)
    b = run(5)
    c = run(6)
    print(bool(np.all(a == b)), bool(np.any(a != c)))
