# krait: dump-after=fuse
# An element-wise array expression becomes one loop nest, versioned on broadcasting and unit strides
# (the ARRAYEXPR of arrayexpr_fuse, fused).
import numpy as np


def axpby(a: "f64[:]", x: "f64[:]", b: float, y: "f64[:, :]") -> "f64[:, :]":
    return a * x + b * y


if __name__ == "__main__":
    print(axpby(np.ones(3), np.arange(3.0), 2.0, np.ones((2, 3))))
