# Names bound inside the __main__ block are module globals visible to functions.


def show() -> None:
    print("limit is", LIMIT, names)


if __name__ == "__main__":
    LIMIT = 7
    names = ["a", "b"]
    show()
    names.append("c")
    show()
    for k in range(2):
        LIMIT += k
    show()
