# f-strings and str() of arrays and of scalars taken from arrays.
import numpy as np


def main() -> None:
    a = np.linspace(0.0, 1.0, 4)
    print(f"a = {a}")
    print(f"{a[1]:.3f} {a[2]:8.4f} {a[3]:e} {a.sum():g}")
    i = np.arange(5, dtype=np.int32)
    print(f"{i[3]:04d} {i.sum():>6} {i.max()}")
    m = np.eye(2)
    print(f"m =\n{m}")
    s = str(i * 2) + "!"
    print(s, len(s))
    b = a > 0.5
    print(f"{b} {b[3]}")
    print("sum: " + str(a.sum()) + ", max: " + str(i.max()))


if __name__ == "__main__":
    main()
