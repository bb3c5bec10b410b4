def main() -> None:
    x = 5
    sq = [x * x for x in range(3)]
    print(x, sq)


if __name__ == "__main__":
    main()
