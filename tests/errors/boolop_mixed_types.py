# error: boolop mixed types
def main() -> None:
    a = 3
    print((a > 1) or 5, (a < 1) or 5, (a > 1) and 7, 0 or (a > 1))


if __name__ == "__main__":
    main()
