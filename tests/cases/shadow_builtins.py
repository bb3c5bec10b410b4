# User functions and locals may shadow builtin names (max, sum, min, str, len, list, round).


def max(a: int, b: int) -> int:
    return a * 1000 + b


def local_shadows() -> None:
    str = "hello"
    print(str.upper())
    len = 5
    print(len + 1)
    list = [3, 1]
    print(list)
    round = 2.5
    print(round)


def main() -> None:
    sum = 0
    for i in range(4):
        sum += i
    min = "smallest"
    print(sum, min, max(1, 2))
    local_shadows()
    abs = [1, 2]
    print(abs, len(abs))


if __name__ == "__main__":
    main()
