# Bubble, insertion and selection sort, checked against sorted().


def bubble(xs: list[int]) -> list[int]:
    a = xs.copy()
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a


def insertion(xs: list[float]) -> list[float]:
    a = xs.copy()
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a


def selection(xs: list[str]) -> list[str]:
    a = xs.copy()
    for i in range(len(a)):
        m = i
        for j in range(i + 1, len(a)):
            if a[j] < a[m]:
                m = j
        a[i], a[m] = a[m], a[i]
    return a


def lcg_list(n: int, seed: int) -> list[int]:
    out: list[int] = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 1000 - 500)
    return out


def main() -> None:
    xs = lcg_list(40, 7)
    print(xs)
    b = bubble(xs)
    print(b, b == sorted(xs))
    fs = [x / 8.0 for x in lcg_list(25, 3)]
    ins = insertion(fs)
    print(ins, ins == sorted(fs))
    names = ["delta", "alpha", "echo", "Bravo", "charlie", "alpha"]
    print(selection(names), selection(names) == sorted(names))
    print(bubble([1]), insertion([2.0, 1.0]), sorted(xs, reverse=True)[:5])


if __name__ == "__main__":
    main()
