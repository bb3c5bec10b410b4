# ** and np.power for int and float arrays.
import numpy as np


def main() -> None:
    a = np.arange(6)
    print(a ** 2, a ** 3, 2 ** a)
    print(a ** a)
    f = np.linspace(0.0, 2.0, 5)
    print(f ** 2, f ** 0.5, 2.0 ** f)
    print(np.power(a, 2), np.power(f, 3), np.power(2.0, a))
    i32 = np.arange(1, 5, dtype=np.int32)
    print(i32 ** 2, i32 ** i32)
    x = np.array([1.5, -2.0, 3.0])
    print(x ** 2, x ** np.array([2.0, 3.0, -1.0]))
    big = np.array([10, 3])
    print(big ** 18, big ** 40)
    print(np.arange(4, dtype=np.float32) ** 2)


if __name__ == "__main__":
    main()
