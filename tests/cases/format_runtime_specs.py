# format() and f-strings with format specs only known at run time.


def main() -> None:
    for spec in [">8.2f", "<6", "+e", "08.3f", ",", "^10.1%", "=+9.1f", ""]:
        print("[" + format(1234.5678, spec) + "]", f"[{-2.5:{spec}}]")
    for spec in ["x", "#b", ">6d", "+,", "=08", "c"]:
        print("[" + format(97, spec) + "]", f"[{97:{spec}}]")


if __name__ == "__main__":
    main()
