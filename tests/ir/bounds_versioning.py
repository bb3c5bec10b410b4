# krait: dump-after=bounds
# Loop versioning: the index checks of a[i], b[i + 1] and c[k] (k invariant)
# are proven by one test before the loop; the original loop is the fallback.
def f(a: list[float], b: list[float], c: list[float], k: int) -> float:
    s = 0.0
    for i in range(len(a) - 1):
        s += a[i] * b[i + 1] + c[k]
    return s


def g(a: list[int]) -> None:
    for i in range(len(a)):
        a.append(i)          # may change a's length: no versioning


if __name__ == "__main__":
    print(f([1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [0.5], 0))
    xs = [1, 2]
    g(xs)
    print(xs)
