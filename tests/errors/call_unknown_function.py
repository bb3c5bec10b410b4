# error: name 'frobnicate' is not defined


def main() -> None:
    print(frobnicate(3))


main()
