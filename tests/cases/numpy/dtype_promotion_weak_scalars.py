# numpy 2 promotion: Python scalars are weak, array dtypes decide (seen in rounding/wrapping).
import numpy as np


def main() -> None:
    a = np.arange(4, dtype=np.int32)
    print(a + 1)
    print(a * 2.5)
    f = np.ones(3, dtype=np.float32)
    print(f + 0.1)
    print(f / 3)
    print(f * 3)
    u = np.array([1, 2, 250], dtype=np.uint8)
    print(u + 10)
    i8 = np.array([100, -2, 3], dtype=np.int8)
    print(i8 * 2)
    b = np.arange(3)
    print(a[:3] + b)
    print(f + np.arange(3.0) / 3)
    print(a / 2)
    print(a // 2, a % 3)
    big = np.full(3, 2000000000, dtype=np.int32)
    print(big + 2000000000)
    print(big + np.full(3, 2000000000))
    x = f[0] + 0.1
    print(x)


if __name__ == "__main__":
    main()
