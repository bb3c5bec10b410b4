# Sorting arrays in place with loops (insertion and bubble sort).
import numpy as np


def insertion_sort(a: "f64[:]") -> None:
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key


def bubble_sort(a: "i64[:]") -> int:
    swaps = 0
    n = len(a)
    for i in range(n):
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
    return swaps


def main() -> None:
    x = np.sin(np.arange(10.0) * 1.7)
    insertion_sort(x)
    print(x)
    y = np.array([5, 3, 9, -1, 0, 7, 3])
    print(bubble_sort(y), y)
    z = np.arange(12).reshape((3, 4))[::-1, 1].copy()
    print(bubble_sort(z), z)
    row = np.array([[4, 1, 3], [9, 8, 7]])
    print(bubble_sort(row[1]), row)


if __name__ == "__main__":
    main()
