# A small 2-D gravitational n-body simulation with float lists.
import math

STEPS = 200
DT = 0.001


def energy(x: list[float], y: list[float], vx: list[float], vy: list[float], m: list[float]) -> float:
    e = 0.0
    n = len(m)
    for i in range(n):
        e += 0.5 * m[i] * (vx[i] * vx[i] + vy[i] * vy[i])
        for j in range(i + 1, n):
            dx = x[i] - x[j]
            dy = y[i] - y[j]
            e -= m[i] * m[j] / math.sqrt(dx * dx + dy * dy)
    return e


def step(x: list[float], y: list[float], vx: list[float], vy: list[float], m: list[float], dt: float) -> None:
    n = len(m)
    for i in range(n):
        for j in range(i + 1, n):
            dx = x[i] - x[j]
            dy = y[i] - y[j]
            d2 = dx * dx + dy * dy
            mag = dt / (d2 * math.sqrt(d2))
            vx[i] -= dx * m[j] * mag
            vy[i] -= dy * m[j] * mag
            vx[j] += dx * m[i] * mag
            vy[j] += dy * m[i] * mag
    for i in range(n):
        x[i] += dt * vx[i]
        y[i] += dt * vy[i]


def main() -> None:
    x = [0.0, 1.0, -2.0, 0.0]
    y = [0.0, 0.0, 0.0, 3.0]
    vx = [0.0, 0.0, 0.0, -1.8257]
    vy = [0.0, 3.1623, -2.2361, 0.0]
    m = [10.0, 0.01, 0.01, 0.001]
    print(f"e0 = {energy(x, y, vx, vy, m):.9f}")
    for s in range(STEPS):
        step(x, y, vx, vy, m, DT)
        if s % 50 == 49:
            print(s + 1, f"{energy(x, y, vx, vy, m):.9f}", [f"{v:.5f}" for v in x])
    print(f"{x[1]:.10f} {y[1]:.10f} {vx[3]:.10f}")


if __name__ == "__main__":
    main()
