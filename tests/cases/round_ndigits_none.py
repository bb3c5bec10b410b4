def main() -> None:
    print(round(2.5, None))


if __name__ == "__main__":
    main()
