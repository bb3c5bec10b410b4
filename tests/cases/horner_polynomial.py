# Polynomial evaluation (Horner), derivatives and products on coefficient lists.


def horner(coeffs: list[float], x: float) -> float:
    r = 0.0
    for c in coeffs:
        r = r * x + c
    return r


def derivative(coeffs: list[float]) -> list[float]:
    n = len(coeffs) - 1
    return [coeffs[i] * (n - i) for i in range(n)]


def poly_mul(a: list[int], b: list[int]) -> list[int]:
    out = [0] * (len(a) + len(b) - 1)
    for i in range(len(a)):
        for j in range(len(b)):
            out[i + j] += a[i] * b[j]
    return out


def main() -> None:
    p = [2.0, -6.0, 2.0, -1.0]
    for x in [-2.0, -1.0, 0.0, 0.5, 1.0, 3.0, 10.0]:
        print(x, horner(p, x), horner(derivative(p), x))
    print(derivative(p), derivative(derivative(p)))
    print(poly_mul([1, 1], [1, 1]), poly_mul([1, 2, 3], [4, 5]), poly_mul([1, -1], [1, 1, 1]))
    q = [1]
    for i in range(10):
        q = poly_mul(q, [1, 1])
    print(q)


if __name__ == "__main__":
    main()
