# complex arithmetic and printing: (1+2j), 2j, signed zeros, abs.


def mul(a: complex, b: complex) -> complex:
    return a * b


def main() -> None:
    z = complex(1, 2)
    w = complex(3.0, -4.0)
    print(z, w, 2j, -2j, 1j * 1j, complex(0, 0), complex(-1.5, 0.0))
    print(z + w, z - w, mul(z, w), z / w, -z, z * 2, z * 0.5)
    print(abs(w), abs(complex(0, -2)), z == complex(1.0, 2.0), z != w)
    print(complex(1e16, 1), complex(0.1, 0.2), complex(float("inf"), 1), 1 + 0j)
    print(str(z), repr(w), f"{z}", [z, w], (2j,))
    acc = complex(0, 0)
    for k in range(1, 5):
        acc = acc + complex(k, -k)
    print(acc)
    p = complex(1, 1)
    q = complex(1, 0)
    for i in range(8):
        q = q * p
    print(q)
    print(z * z, (1 + 2j) * (1 - 2j), 3 + 4j, 5 - 0.5j)


if __name__ == "__main__":
    main()
