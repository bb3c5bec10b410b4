# pop() from an empty list raises IndexError: pop from empty list.


def drain(stack: list[int]) -> int:
    total = 0
    for i in range(5):
        v = stack.pop()
        print("popped", v)
        total += v
    return total


def main() -> None:
    print(drain([1, 2, 3, 4, 5, 6]))
    print(drain([7, 8, 9]))


if __name__ == "__main__":
    main()
