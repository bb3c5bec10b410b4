# numpy's default float formatting: precision 8, trimming, scientific switch.
import numpy as np


def main() -> None:
    print(np.array([1.0, 2.0, 3.0]))
    print(np.array([0.1, 0.25, 1.0 / 3.0]))
    print(np.array([1e-5, 1.0]))
    print(np.array([1e-3, 1.0]))
    print(np.array([1e16, 1.0]))
    print(np.array([123456789.0, 0.5]))
    print(np.array([1.5e-10, 2.5e-12]))
    print(np.array([-1.0, 0.0, 1.0]))
    print(np.array([-0.0, 0.0]))
    print(np.array([100.0, 2.0]))
    print(np.array([1e8, 1.0]), np.array([1e7, 1.5]))
    print(np.array([3.14159265358979, 2.718281828459045]))
    print(np.linspace(0.0, 1.0, 3) * 1e-4)
    print(np.array([1.0, 2.0]) / 3.0 * 1e6)
    print(np.array([0.5]), np.zeros(1), np.array([-2.5]))
    a = np.arange(3.0)
    print(a[0], a[1], a[2] / 3.0)
    print(f"{a}", str(a * 1.5))


if __name__ == "__main__":
    main()
