# Adding arrays of shapes (3,) and (4,) fails to broadcast.
import numpy as np


def combine(a: "f64[:]", b: "f64[:]") -> "f64[:]":
    return a + b


def main() -> None:
    print(combine(np.ones(3), np.ones(3)))
    print(combine(np.ones(3), np.arange(4.0)))


if __name__ == "__main__":
    main()
