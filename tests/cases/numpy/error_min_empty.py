# min() of an empty array raises ValueError (no identity).
import numpy as np


def smallest(a: "f64[:]") -> float:
    return a.min()


def main() -> None:
    x = np.linspace(1.0, 2.0, 3)
    print(smallest(x))
    print(smallest(x[3:]))


if __name__ == "__main__":
    main()
