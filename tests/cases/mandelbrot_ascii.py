# ASCII-art Mandelbrot set with float arithmetic and an escape-time loop.

WIDTH = 60
HEIGHT = 24
MAX_ITER = 50


def escape(cr: float, ci: float) -> int:
    zr = 0.0
    zi = 0.0
    for i in range(MAX_ITER):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return MAX_ITER


def main() -> None:
    chars = " .:-=+*#%@"
    total = 0
    for row in range(HEIGHT):
        ci = -1.2 + 2.4 * row / (HEIGHT - 1)
        line = ""
        for col in range(WIDTH):
            cr = -2.1 + 2.8 * col / (WIDTH - 1)
            k = escape(cr, ci)
            total += k
            line += chars[k * (len(chars) - 1) // MAX_ITER]
        print("|" + line + "|")
    print("total iterations:", total)


if __name__ == "__main__":
    main()
