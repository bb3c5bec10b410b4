# Module globals rebound by top-level code are seen by functions at call time.
N = 3
N = N + 4
label = "a"


def show() -> str:
    return label * N


label = "bc"
print(show())
for i in range(2):
    N += 1
    print(show(), N)


def main() -> None:
    print(show(), N, i)


if __name__ == "__main__":
    main()
