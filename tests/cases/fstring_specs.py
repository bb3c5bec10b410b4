# f-string format specs: precision, width, alignment, sign, grouping, types.


def show_float(x: float) -> None:
    print(f"[{x}] [{x:.3f}] [{x:>10}] [{x:<10}|] [{x:^10}] [{x:e}] [{x:.2e}] [{x:g}]")
    print(f"[{x:08.2f}] [{x:+.1f}] [{x:,.2f}] [{x:.0f}] [{x:10.4g}] [{x:.2%}]")


def show_int(n: int) -> None:
    print(f"[{n}] [{n:d}] [{n:5d}] [{n:<5d}|] [{n:^7}] [{n:05d}] [{n:+d}] [{n:,}]")
    print(f"[{n:x}] [{n:X}] [{n:#x}] [{n:o}] [{n:b}] [{n:#b}] [{n:_}] [{n:>+8,}]")


def main() -> None:
    for x in [3.14159265, -2.5, 0.0, 1234567.891, 1e-7, 1e22, 0.5, 100.0]:
        show_float(x)
    for n in [0, 7, -42, 255, 1000000, -1234567]:
        show_int(n)
    s = "krait"
    print(f"[{s}] [{s:>8}] [{s:<8}] [{s:^9}] [{s:*^11}] [{s!r}] [{s:.3}]")
    name = "x"
    val = 0.1
    count = 3
    print(f"{val=} {count=} {name=} {val + 1=}")
    print(f"{val=:.3f}", f"{count * 2=}")
    print(f"{{literal}} {count}{count} {'nested'} {count:6}")
    print(f"{1 / 3:.10f} {2 ** 10:>6} {-0.0:.1f} {float('inf'):>6} {float('nan'):f}")
    print(f"{True} {False!r} {[1, 2]} {(1, 'a')}")


if __name__ == "__main__":
    main()
