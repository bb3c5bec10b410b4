"""A 200-line module for timing krait build --exe end to end (bench/run.py)."""
import math
import sys

def collatz_len(n: int) -> int:
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def longest(limit: int) -> tuple[int, int]:
    best = 1
    best_len = 1
    for i in range(1, limit):
        k = collatz_len(i)
        if k > best_len:
            best = i
            best_len = k
    return best, best_len


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


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


def count_primes(n: int) -> int:
    is_prime = [True] * (n + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
        i += 1
    count = 0
    for flag in is_prime:
        if flag:
            count += 1
    return count


def mandel_row(y: float, width: int, max_iter: int) -> str:
    out = ""
    for i in range(width):
        cr = -2.0 + 3.0 * i / width
        zr = 0.0
        zi = 0.0
        k = 0
        while k < max_iter and zr * zr + zi * zi < 4.0:
            zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + y
            k += 1
        out += "#" if k == max_iter else "."
    return out


def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a


def primes_below(n: int) -> list[int]:
    ps: list[int] = []
    for k in range(2, n):
        ok = True
        for p in ps:
            if p * p > k:
                break
            if k % p == 0:
                ok = False
                break
        if ok:
            ps.append(k)
    return ps


def stats(xs: list[float]) -> tuple[float, float]:
    mean = sum(xs) / len(xs)
    var = 0.0
    for x in xs:
        var += (x - mean) ** 2
    return mean, math.sqrt(var / len(xs))


def bubble(xs: list[int]) -> list[int]:
    ys = xs.copy()
    n = len(ys)
    for i in range(n):
        for j in range(n - 1 - i):
            if ys[j] > ys[j + 1]:
                ys[j], ys[j + 1] = ys[j + 1], ys[j]
    return ys


def pascal(n: int) -> list[int]:
    row = [1]
    for _ in range(n):
        nxt = [1] * (len(row) + 1)
        for k in range(1, len(row)):
            nxt[k] = row[k - 1] + row[k]
        row = nxt
    return row


def hanoi(n: int) -> int:
    if n == 0:
        return 0
    return 2 * hanoi(n - 1) + 1


def bsearch(xs: list[int], x: int) -> int:
    lo = 0
    hi = len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == x:
            return mid
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def knapsack(weights: list[int], values: list[int], cap: int) -> int:
    best = [0] * (cap + 1)
    for i in range(len(weights)):
        for c in range(cap, weights[i] - 1, -1):
            cand = best[c - weights[i]] + values[i]
            if cand > best[c]:
                best[c] = cand
    return best[cap]


def integrate(a: float, b: float, n: int) -> float:
    h = (b - a) / n
    total = 0.5 * (math.sin(a) + math.sin(b))
    for k in range(1, n):
        total += math.sin(a + k * h)
    return total * h


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    print(collatz_len(27), longest(n), fib(20), count_primes(n))
    for row in range(5):
        print(mandel_row(-1.0 + row * 0.5, 40, 50))
    print(gcd(1071, 462), primes_below(50), stats([1.0, 2.0, 4.0]))
    print(bubble([5, 2, 9, 1, 7]))
    print(pascal(10), hanoi(10), bsearch([1, 3, 5, 7, 9], 7))
    print(knapsack([1, 3, 4, 5], [1, 4, 5, 7], 7), f"{integrate(0.0, math.pi, 1000):.6f}")
