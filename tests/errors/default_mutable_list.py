# error: default mutable list
def add(v: int, acc: list[int] = [0]) -> list[int]:
    acc.append(v)
    return acc


def main() -> None:
    print(add(1))
    print(add(2))


if __name__ == "__main__":
    main()
