# Unary minus, floor division and modulo follow numpy (floor) semantics for negatives.
import numpy as np


def main() -> None:
    a = np.array([-7, -3, 0, 3, 7])
    print(-a, a // 2, a % 3, a // -2, a % -3)
    b = np.array([-7.5, -3.0, 0.0, 2.5, 7.25])
    print(-b, b // 2.0, b % 2.0, b // -2.0, b % -2.0)
    c = np.array([7, -7, 9, -9], dtype=np.int32)
    d = np.array([2, 2, -4, -4], dtype=np.int32)
    print(c // d, c % d, -c)
    print(a / 2, 1 / np.array([1.0, 2.0, 4.0]))
    print(10 // np.array([3, -3, 4]), 10 % np.array([3, -3, 4]))
    print(-np.arange(3.0), -np.zeros(2))
    u = np.array([1, 2], dtype=np.uint8)
    print(-u)
    x = np.linspace(-1.0, 1.0, 5)
    print(x % 0.5, x // 0.5)


if __name__ == "__main__":
    main()
