# numpy 2 (NEP 50): a Python number is weak, so float32 and int32 scalars
# taken from arrays keep their width in arithmetic with literals.
import numpy as np


def main() -> None:
    f = np.full(2, 0.3, dtype=np.float32)
    print(f[0])
    print(f[0] * 2)
    print(f[0] + 0.1)
    print(f[0] / 3)
    print(f.sum() * 2)
    i = np.arange(3, dtype=np.int32)
    print(i[2] * 2000, i[1] - 7, i[2] // 2)
    u = np.array([250], dtype=np.uint8)
    print(u[0] + 1, u[0] // 3)


main()
