# The else clause of for and while runs only when the loop did not break.


def find(xs: list[int], x: int) -> str:
    for i, v in enumerate(xs):
        if v == x:
            print("  found at", i)
            break
    else:
        print("  not found")
        return "missing"
    return "present"


def first_divisor(n: int) -> int:
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return n
    return d


def main() -> None:
    xs = [4, 8, 15, 16, 23, 42]
    for x in [15, 5, 42, 4, 0]:
        print(x, find(xs, x))
    for n in [2, 9, 17, 91, 97, 221, 1000003]:
        print(n, first_divisor(n))
    for i in range(0):
        print("never")
    else:
        print("empty loop else")
    k = 10
    while k > 0:
        k -= 3
    else:
        print("while else, k =", k)


if __name__ == "__main__":
    main()
