# round() of an infinite float raises OverflowError.


def nearest(x: float) -> int:
    return round(x)


def main() -> None:
    x = 1.5
    for i in range(400):
        if i % 100 == 0:
            print(i, x)
        if x < 1e18:
            print(i, nearest(x))
        elif x == float("inf"):
            print("now", x)
            print(nearest(x))
        x = x * 10.0


if __name__ == "__main__":
    main()
