# Annotations using krait's scalar names; values stay exact in every width.
from krait import f64, i64, i32, f32


def axpy(a: f64, x: f64, y: f64) -> f64:
    return a * x + y


def tri(n: i64) -> i64:
    return n * (n + 1) // 2


def clamp32(v: i32, lo: i32, hi: i32) -> i32:
    if v < lo:
        return lo
    if v > hi:
        return hi
    return v


def half(x: f32) -> f32:
    return x * 0.5


def main() -> None:
    print(axpy(2.0, 3.0, 1.0), axpy(-0.5, 4.0, 0.25))
    print([tri(n) for n in range(10)], tri(1000000))
    print(clamp32(5, 0, 10), clamp32(-5, 0, 10), clamp32(50, 0, 10))
    print(half(3.0), half(-1.5), half(1024.0))


if __name__ == "__main__":
    main()
