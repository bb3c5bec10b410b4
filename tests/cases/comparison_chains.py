# Comparison operators and chained comparisons on ints, floats and strings.


def in_range(lo: int, x: int, hi: int) -> bool:
    return lo <= x < hi


def ordered(a: float, b: float, c: float) -> bool:
    return a < b < c


def main() -> None:
    for x in [-1, 0, 5, 9, 10, 11]:
        print(x, in_range(0, x, 10), 0 < x <= 10, x == 5 != 6, 1 < 2 > x)
    print(ordered(1.0, 2.0, 3.0), ordered(1.0, 3.0, 2.0), ordered(1.0, 1.0, 2.0))
    print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 > 4, 5 > 4 >= 4 > 3)
    print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a", "abc" == "abc")
    print(3 != 3.0, 2 >= 2.0, -1 < -0.5)
    nan = float("nan")
    print(nan == nan, nan != nan, nan < 1.0, nan > 1.0, 1.0 <= nan)
    inf = float("inf")
    print(inf > 1e308, -inf < -1e308, inf == inf, inf - inf == 0.0)
    a = 5
    b = 7
    print(a < b and b < 10, a > b or b > 6, not a < b, not (a < b and b < 6))
    print(max(a, b) if a != b else 0, "lt" if a < b else "ge")
    print([1, 2, 3] == [1, 2, 3], [1, 2] == [1, 2, 3], (1, 2) == (1, 2), (1, 2.0) == (1, 2.5))


if __name__ == "__main__":
    main()
