# astype between float and integer dtypes truncates toward zero and wraps.
import numpy as np


def main() -> None:
    x = np.array([-2.7, -0.5, 0.0, 0.5, 1.9, 300.4])
    print(x.astype(np.int64))
    print(x.astype(np.int32))
    print(x.astype(int))
    print(x.astype(np.float32))
    print(x.astype(bool))
    i = np.arange(-3, 4)
    print(i.astype(np.float64) / 2)
    print(i.astype(bool))
    print(np.arange(250, 260).astype(np.uint8))
    print(np.arange(120, 130).astype(np.int8))
    b = np.array([True, False, True])
    print(b.astype(int), b.astype(float))
    m = np.arange(6).reshape((2, 3)).astype(np.float32)
    print(m / 4)
    print(x.astype(np.int64).astype(float))


if __name__ == "__main__":
    main()
