# Unannotated helpers are specialised per call signature, and
# `#pythran export` lines give exported signatures.
#pythran export dot3(float, float, float, float, float, float)
#pythran export dot3(int, int, int, int, int, int)


def scale(x, k):
    return x * k


def describe(v, label):
    return f"{label}={v}"


def dot3(a, b, c, x, y, z):
    return a * x + b * y + c * z


def twice(f_value, n=2):
    total = f_value
    for _ in range(n - 1):
        total = total + f_value
    return total


if __name__ == "__main__":
    print(scale(1.5, 2.0), scale(3, 4), scale("ab", 3), scale(True, 5))
    print(describe(2.5, "float"), describe(7, "int"), describe("x", "str"))
    print(dot3(1.0, 2.0, 3.0, 0.5, 0.25, 0.125), dot3(1, 2, 3, 4, 5, 6))
    print(twice(1.25), twice(3, 4), twice("na", n=3))
