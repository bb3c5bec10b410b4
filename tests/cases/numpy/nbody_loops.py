# A small n-body simulation storing positions and velocities in (n, 3) arrays.
import numpy as np


def accel(pos: "f64[:, :]", mass: "f64[:]") -> "f64[:, :]":
    n = pos.shape[0]
    acc = np.zeros((n, 3))
    for i in range(n):
        for j in range(n):
            if i != j:
                d = pos[j] - pos[i]
                r2 = d[0] * d[0] + d[1] * d[1] + d[2] * d[2] + 0.01
                inv = mass[j] / (r2 * r2 ** 0.5)
                acc[i] += d * inv
    return acc


def main() -> None:
    pos = np.array([[0.0, 0.0, 0.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
    vel = np.zeros((4, 3))
    mass = np.array([10.0, 1.0, 1.0, 1.0])
    dt = 0.01
    for step in range(50):
        a = accel(pos, mass)
        vel += a * dt
        pos += vel * dt
    for i in range(4):
        print(" ".join([f"{pos[i, k]:.6f}" for k in range(3)]))
    print(f"{np.abs(vel).max():.6f}")


if __name__ == "__main__":
    main()
