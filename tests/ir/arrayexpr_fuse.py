# krait: dump-after=lower
# An element-wise array expression is one ARRAYEXPR node after lowering
# (pass_fuse turns it into a single loop nest; see arrayexpr_loops).
import numpy as np


def axpby(a: "f64[:]", x: "f64[:]", b: float, y: "f64[:, :]") -> "f64[:, :]":
    return a * x + b * y


if __name__ == "__main__":
    print(axpby(np.ones(3), np.arange(3.0), 2.0, np.ones((2, 3))))
