def main() -> None:
    if len("ab") > 5:
        s = "x"
        xs = [1]
    print(repr(s))
    print(xs)


if __name__ == "__main__":
    main()
