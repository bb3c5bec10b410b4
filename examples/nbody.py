"""Two-body-style scalar n-body loop (five bodies, plain floats, lists).

Build: krait build --exe examples/nbody.py -o nbody && ./nbody 100000
"""
import math
import sys


def energy(x: list[float], y: list[float], z: list[float], vx: list[float],
           vy: list[float], vz: list[float], m: list[float]) -> float:
    e = 0.0
    n = len(x)
    for i in range(n):
        e += 0.5 * m[i] * (vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i])
        for j in range(i + 1, n):
            dx = x[i] - x[j]
            dy = y[i] - y[j]
            dz = z[i] - z[j]
            e -= m[i] * m[j] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(x: list[float], y: list[float], z: list[float], vx: list[float],
            vy: list[float], vz: list[float], m: list[float], dt: float, steps: int):
    n = len(x)
    for _ in range(steps):
        for i in range(n):
            for j in range(i + 1, n):
                dx = x[i] - x[j]
                dy = y[i] - y[j]
                dz = z[i] - z[j]
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * math.sqrt(d2))
                vx[i] -= dx * m[j] * mag
                vy[i] -= dy * m[j] * mag
                vz[i] -= dz * m[j] * mag
                vx[j] += dx * m[i] * mag
                vy[j] += dy * m[i] * mag
                vz[j] += dz * m[i] * mag
        for i in range(n):
            x[i] += dt * vx[i]
            y[i] += dt * vy[i]
            z[i] += dt * vz[i]


if __name__ == "__main__":
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    x = [0.0, 4.84, 8.34, 12.89, 15.37]
    y = [0.0, -1.16, 4.12, -15.11, -25.91]
    z = [0.0, -0.10, -0.40, -0.22, 0.17]
    vx = [0.0, 0.606, -1.010, 1.082, 0.979]
    vy = [0.0, 2.811, 1.825, 0.868, 0.594]
    vz = [0.0, -0.025, 0.008, -0.010, -0.034]
    m = [39.47, 0.037, 0.011, 0.0017, 0.0020]
    print(f"energy before: {energy(x, y, z, vx, vy, vz, m):.9f}")
    advance(x, y, z, vx, vy, vz, m, 0.01, steps)
    print(f"energy after:  {energy(x, y, z, vx, vy, vz, m):.9f}")
