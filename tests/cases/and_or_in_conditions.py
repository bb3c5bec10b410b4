def main() -> None:
    s = "abc"
    while s and s[0] != "c":
        s = s[1:]
    xs = [1, 2]
    if xs and len(xs) > 1:
        print("two or more")
    print(s)


if __name__ == "__main__":
    main()
