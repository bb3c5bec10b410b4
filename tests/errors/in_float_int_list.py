# error: in float int list
def main() -> None:
    xs = [1, 2, 3]
    print(2.5 in xs, 0.5 in xs, 3.9 not in xs)


if __name__ == "__main__":
    main()
