# Indexing past the end of axis 0 raises IndexError with numpy's message.
import numpy as np


def get(a: "f64[:]", i: int) -> float:
    return a[i]


def main() -> None:
    a = np.linspace(0.0, 1.0, 5)
    print(get(a, 4), get(a, -5))
    print(get(a, 5))


if __name__ == "__main__":
    main()
