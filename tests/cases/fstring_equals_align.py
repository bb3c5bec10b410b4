def main() -> None:
    x = 1.5
    n = -42
    print(f"[{x:=+12.2f}] [{n:=8}]")


if __name__ == "__main__":
    main()
