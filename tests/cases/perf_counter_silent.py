# time.perf_counter() is used for timing, but its values are never printed.
import time


def work(n: int) -> int:
    s = 0
    for i in range(n):
        s += i * i % 7
    return s


def main() -> None:
    t0 = time.perf_counter()
    r = work(100000)
    t1 = time.perf_counter()
    print("result", r)
    assert t1 >= t0
    elapsed = t1 - t0
    print("elapsed is non-negative:", elapsed >= 0.0)
    print("took less than a minute:", elapsed < 60.0)


if __name__ == "__main__":
    main()
