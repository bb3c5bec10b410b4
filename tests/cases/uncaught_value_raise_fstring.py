# raise ValueError with an f-string message.


def checked_sqrt(n: int) -> int:
    if n < 0:
        raise ValueError(f"bad {n}: must be non-negative")
    r = 0
    while (r + 1) * (r + 1) <= n:
        r += 1
    return r


def main() -> None:
    for n in [0, 1, 15, 16, -4, 25]:
        print(n, checked_sqrt(n))


if __name__ == "__main__":
    main()
