# round(x, n) for many floats and digit counts, including negative digits and halfway cases.


def main() -> None:
    vals = [0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, 12345.6789, -0.0451, 1e-10, 7.45e20,
            1234567.5, 0.285, 5e-324, 1.7976931348623157e308, 99.995, -1.25, 3.14159265358979]
    for v in vals:
        row = [round(v, n) for n in range(-3, 6)]
        print(v, row, round(v, 15), round(v, 20))
    acc = 0
    for i in range(-2000, 2000, 7):
        x = i / 8.0
        acc = (acc * 31 + round(x)) % 1000003
        y = round(i / 1000.0, 2)
        acc = (acc + int(y * 100)) % 1000003
    print(acc)
    for n in [-1, -2, -5, 0, 2]:
        print(round(15, n), round(25, n), round(-35, n), round(123456789, n), round(5, n))


if __name__ == "__main__":
    main()
