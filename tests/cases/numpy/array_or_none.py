# An array variable that may also hold None: bound to None first, or
# later; `is None` / `is not None` tell them apart at run time
import numpy as np


def first_positive(xs: "f64[:]") -> float:
    found = None
    for i in range(xs.shape[0]):
        if xs[i] > 0.0 and found is None:
            found = xs[i:i + 1].copy()
    if found is None:
        return -1.0
    return float(found[0])


def scaled(n: int, k: float) -> "f64[:]":
    out = np.arange(float(n))
    if n > 3:
        out = None
    if out is not None:
        return out * k
    return np.zeros(1)


print(first_positive(np.array([-1.0, -2.0, 3.5, 4.0])), first_positive(np.array([-1.0])))
print(scaled(3, 2.0), scaled(5, 2.0))
table = None
for n in range(3):
    if table is None:
        table = np.zeros(3)
    table[n] = n * n
print(table)
