def main() -> None:
    n = 2 ** 53 + 1
    x = float(n)
    print(n == x, n != x, n > x, x < n, n <= x)
    big = 9223372036854775807
    print(big == 9.223372036854775807e18, big < 9.223372036854775807e18)


if __name__ == "__main__":
    main()
