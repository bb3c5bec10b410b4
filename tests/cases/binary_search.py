# Binary search (iterative and recursive) and bisect-style insertion points.


def bsearch(xs: list[int], target: int) -> int:
    lo = 0
    hi = len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def bsearch_rec(xs: list[int], target: int, lo: int, hi: int) -> int:
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return bsearch_rec(xs, target, mid + 1, hi)
    return bsearch_rec(xs, target, lo, mid - 1)


def bisect_left(xs: list[float], x: float) -> int:
    lo = 0
    hi = len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def main() -> None:
    xs = [i * 3 + 1 for i in range(50)]
    for t in [1, 4, 100, 148, 147, 0, 200, 73]:
        print(t, bsearch(xs, t), bsearch_rec(xs, t, 0, len(xs) - 1))
    fs = [0.5, 1.0, 1.0, 2.5, 7.0]
    for x in [0.0, 0.5, 1.0, 2.0, 7.0, 8.0]:
        print(x, bisect_left(fs, x))
    print(isqrt(10 ** 18), isqrt(99), isqrt(0))


def isqrt(n: int) -> int:
    lo = 0
    hi = min(n, 3037000499) + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo


if __name__ == "__main__":
    main()
