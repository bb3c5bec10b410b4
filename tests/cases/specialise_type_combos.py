# Unannotated helpers specialised for many argument type combinations.


def add(a, b):
    return a + b


def pick(flag, a, b):
    if flag:
        return a
    return b


def describe(x):
    return f"<{x}>"


def twice(xs):
    out = xs + xs
    return out


def first_last(s):
    return s[0], s[-1]


def mul(a, b):
    return a * b


def main() -> None:
    print(add(1, 2), add(1.5, 2.25), add("a", "b"), add([1], [2, 3]), add(1, 2.5), add(2.5, 1), add(True, 1))
    print(pick(True, 1, 2), pick(False, "x", "y"), pick(0, 1.5, 2.5), pick("", [1], [2]))
    print(describe(3), describe(2.0), describe("s"), describe([1.5]), describe(True), describe((1, "a")))
    print(twice([1, 2]), twice(["a"]), twice("ab"), twice([[0]]))
    print(first_last("hello"), first_last([3, 4, 5]), first_last(["p", "q"]))
    print(mul(3, 4), mul("ab", 3), mul([0], 3), mul(2.5, 2), mul(3, "x"), mul(True, 7))
    print(add(add(1, 2), add(3, 4)), add(add("a", "b"), "c"), add(mul(2, 1.5), 1))


if __name__ == "__main__":
    main()
