import numpy as np
from krait import f64


def total(a: f64[:, ::1]) -> float:
    return a.sum()


def main() -> None:
    a = np.ones((3, 4))
    print(total(a))


main()
