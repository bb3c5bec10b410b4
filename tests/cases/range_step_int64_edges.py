def main() -> None:
    mx = 9223372036854775807
    n = 0
    for i in range(mx - 5, mx, 3):
        print(i)
        n += 1
        if n > 5:
            print("runaway loop")
            break
    for j in range(-mx + 5, -mx - 1, -4):
        print(j)
        n += 1
        if n > 10:
            print("runaway loop 2")
            break


if __name__ == "__main__":
    main()
