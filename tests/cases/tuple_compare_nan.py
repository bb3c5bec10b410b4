def main() -> None:
    x = float("nan")
    y = float("nan")
    t = (x, 1)
    u = (y, 1)
    print(t == u, t != u, [x] == [y])


if __name__ == "__main__":
    main()


# also: ordering of tuples whose first elements are NaN skips to the next element:
#   (x, 1) < (y, 2)  -> CPython False, krait True
#   (1, x) <= (1, y) -> CPython False, krait True
#   [(x, 1)] == [(y, 1)] -> CPython False, krait True
