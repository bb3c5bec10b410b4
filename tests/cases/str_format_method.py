# str.format with automatic, numbered and spec'd fields.


def label(i: int, x: float) -> str:
    return "{0}: {1:.2f} ({0})".format(i, x)


def main() -> None:
    print("{} of {}".format(3, 10))
    print(label(1, 3.14159), label(-2, 1e-3))
    print("{:>6}|{:<6}|{:^6}|".format("a", "b", "c"))
    print("{:08.3f} {:e} {:,} {:x} {:b}".format(3.14159, 1234.5, 1234567, 255, 5))
    print("{0}{1}{0}".format("ab", "cd"), "{}".format(0.1 + 0.2))
    print("{!r} {}".format("s", "s"), "{{}} {}".format(1))
    print("[{:10.3g}] [{:<10}] [{:+}]".format(0.000123456, 2.5, 7))
    parts = ["{}={}".format(k, v) for k, v in zip(["a", "b", "c"], [1, 2, 3])]
    print(", ".join(parts))
    print("{} {} {}".format(True, 3 > 4, [1.5, 2.0]))


if __name__ == "__main__":
    main()
