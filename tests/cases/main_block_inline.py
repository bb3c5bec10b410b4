# Code written directly inside the `if __name__ == "__main__":` block.


def square(n: int) -> int:
    return n * n


if __name__ == "__main__":
    values = [square(i) for i in range(8)]
    print(values)
    acc = 0
    for v in values:
        if v % 2 == 0:
            acc += v
    print("even squares sum to", acc)
    label = "done" if acc > 50 else "small"
    print(label)
