# numpy reductions: axis=, argmin/argmax, var/std, cumsum/cumprod, more ufuncs.
import numpy as np


def main() -> None:
    a = np.arange(12).reshape((3, 4))
    f = np.linspace(-1.0, 2.0, 12).reshape((3, 4))
    print(a.sum(axis=0), a.sum(axis=1), np.sum(a, axis=-1), a.max(axis=0), a.min(axis=1))
    print(f.sum(axis=0), f.sum(axis=1), f.mean(axis=0), f.mean(axis=1), f.prod(axis=1))
    print(a.argmin(), a.argmax(), f.argmax(axis=0), f.argmin(axis=1), np.argmax(f))
    print(f.var(), f.std(), np.var(a), np.std(np.arange(5)))
    print(np.cumsum(a), a.cumsum(axis=0), np.cumprod(np.array([1, 2, 3, 4])), f.cumsum(axis=1))
    print(np.any(a > 10, axis=1), np.all(a > 0, axis=0), a.any(), (a >= 0).all())
    x = np.array([3.0, np.nan, 1.0])
    print(np.argmin(x), np.argmax(x), np.fmin(x, 2.0), np.fmax(x, 2.0), np.minimum(x, 2.0))
    print(np.sign(np.array([-2.5, 0.0, 3.0])), np.sign(np.array([-3, 0, 4])), np.square(a))
    print(np.round(np.array([0.5, 1.5, 2.5, -0.5])), np.rint(f), np.log1p(np.abs(f)), np.expm1(f[0]))
    print(np.arcsin(np.array([0.0, 0.5, 1.0])), np.arccos(np.array([1.0, 0.0])), np.log2(np.array([1.0, 8.0])))
    e = np.zeros(0)
    print(e.sum(), e.cumsum())
    print(e.argmin())


main()
