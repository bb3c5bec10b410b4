# List and str slicing with every sign combination of start/stop/step.


def main() -> None:
    a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    s = "abcdefghij"
    vals = [-12, -10, -3, -1, 0, 2, 9, 10, 15]
    steps = [-4, -3, -1, 1, 2, 5]
    n = 0
    for st in steps:
        for i in vals:
            for j in vals:
                x = a[i:j:st]
                y = s[i:j:st]
                for k in range(len(x)):
                    n += (k + 1) * x[k]
                n = n * 3 % 1000003
                n += len(y) + ord(y[0]) if len(y) > 0 else 7
        print(st, n)
    print(a[::-1], s[::-1], a[::2], s[1::3])
    print(a[-3:], a[:-3], s[-3:], s[:-3], a[5:2], s[5:2])
    print(a[:5:-1], a[5::-1], s[:5:-1], s[5::-1])
    print(a[-1:-11:-1], a[-1:-12:-2], s[100:], s[-100:2])
    for i in [-11, -5, 0, 4, 11]:
        print(a[i:], a[:i], a[i::-2], a[:i:-3], s[i::-2])
    e: list[int] = []
    print(e[::-1], e[1:5], ""[::-1], ""[2:])
    b = a[2:8]
    b[0] = 99
    print(a[2], b)
    t = a[1:9:3]
    print(t, sum(t), a[::3][::-1])


if __name__ == "__main__":
    main()
