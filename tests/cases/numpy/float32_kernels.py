# float32 arrays through typed kernels; transcendental results printed rounded.
import numpy as np
from krait import f32


def saxpy(a: float, x: f32[:], y: f32[:]) -> None:
    for i in range(len(x)):
        y[i] = a * x[i] + y[i]


def main() -> None:
    x = np.arange(8, dtype=np.float32) / 7
    y = np.ones(8, dtype=np.float32)
    saxpy(2.0, x, y)
    print(y)
    e = np.exp(x)
    print([round(float(v), 5) for v in e])
    s = np.sin(x) * np.sin(x) + np.cos(x) * np.cos(x)
    print(np.abs(s - 1.0).max() < 1e-6)
    print(x * x, x + x)
    print(x.sum(), x.max(), x.min())
    m = np.full((2, 3), 1.1, dtype=np.float32)
    print(m * 3)


if __name__ == "__main__":
    main()
