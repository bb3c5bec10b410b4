def main() -> None:
    x = 5
    words = ["a", "bb"]
    lens = [len(x) for x in words]
    print(x, lens)


if __name__ == "__main__":
    main()
