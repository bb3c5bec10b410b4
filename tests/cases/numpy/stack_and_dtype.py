# np.stack along any axis; the static .dtype name.
import numpy as np


def main() -> None:
    a = np.arange(3)
    b = a * 10
    print(np.stack((a, b)), np.stack([a, b], axis=1), np.stack((a * 1.5, b)).shape)
    m = np.ones((2, 2))
    print(np.stack((m, m * 2)).shape, np.stack((m, m), axis=2)[1, 0])
    print(a.dtype, m.dtype, np.zeros(2, dtype=np.float32).dtype, (a > 1).dtype)
    print(f"{a.dtype} {len(str(m.dtype))}")


main()
