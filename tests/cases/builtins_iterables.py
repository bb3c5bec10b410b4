# enumerate(start=), zip of three, sum/max/min/sorted over any iterable, str.count, sys.exit(str).
import sys


def main() -> None:
    xs = [3, 1, 4, 1, 5]
    for i, x in enumerate(xs, start=1):
        print(i, x, end="; ")
    print()
    for a, b, c in zip(xs, "abcde", [0.5, 1.5, 2.5]):
        print(a, b, c)
    print(sum(range(10)), max(range(3, 9, 2)), min("hello"), all([True]))
    print(sorted("banana"), sum((1, 2, 3)), "banana".count("an"), "aaaa".count("aa"))
    sys.exit("done: " + str(len(xs)))


main()
