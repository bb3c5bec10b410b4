# Prefix sums and running maxima with explicit loops over int and float arrays.
import numpy as np


def prefix(a: "i64[:]") -> "i64[:]":
    out = np.empty_like(a)
    s = 0
    for i in range(len(a)):
        s += a[i]
        out[i] = s
    return out


def running_max(a: "f64[:]") -> "f64[:]":
    out = a.copy()
    for i in range(1, len(a)):
        if out[i - 1] > out[i]:
            out[i] = out[i - 1]
    return out


def main() -> None:
    a = np.arange(1, 11)
    print(prefix(a))
    print(prefix(a * a)[-1])
    x = np.sin(np.linspace(0.0, 6.0, 13))
    print(running_max(x) > 0.9)
    print(running_max(np.array([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0])))
    p = prefix(np.arange(5)[::-1].copy())
    print(p)


if __name__ == "__main__":
    main()
