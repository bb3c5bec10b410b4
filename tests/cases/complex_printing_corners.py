# complex values: arithmetic and printing with signed zeros, inf/nan parts and specs.


def main() -> None:
    z = complex(1.5, -2.0)
    w = 3 + 4j
    print(z, w, z * w, z / w, z + 1, z - 1.5, -z, abs(w), z == complex(1.5, -2.0))
    print(1j, -1j, 0j, complex(0.0, -0.0), complex(-0.0, 0.0), 1j * 1j, (1 + 2j) ** 2, 2j ** 0.5 if False else 0j)
    print(z.real, z.imag, repr(z), str(w), f"{z}", [z, w], (z,))
    print(complex(1e16, 1e-7), complex(float("inf"), float("nan")), complex(2), complex(1.5))
    print(f"{w:.2f}", f"{z:>20}", format(w, "g"))


if __name__ == "__main__":
    main()
