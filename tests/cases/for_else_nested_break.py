# for/else and while/else with break in nested loops; else runs only without break.


def find_pair(xs: list[int], target: int) -> tuple[int, int]:
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] + xs[j] == target:
                break
        else:
            continue
        return i, j
    else:
        print("no pair for", target)
    return -1, -1


def primes_upto(n: int) -> list[int]:
    ps: list[int] = []
    for k in range(2, n):
        for p in ps:
            if p * p > k:
                ps.append(k)
                break
            if k % p == 0:
                break
        else:
            ps.append(k)
    return ps


def main() -> None:
    print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 10), find_pair([5, 5], 10))
    print(primes_upto(40))
    n = 0
    while n < 5:
        n += 1
        for c in "abc":
            if n == 3 and c == "b":
                print("inner break", n, c)
                break
        else:
            print("inner else", n)
            continue
        print("after inner", n)
    else:
        print("while else", n)
    m = 10
    while m > 0:
        m -= 3
        if m == 1:
            break
    else:
        print("not printed", m)
    print("m", m)
    none: list[str] = []
    for x in none:
        print("never")
    else:
        print("empty else")
    e = 0
    while e:
        pass
    else:
        print("while empty else")
    for i in range(3):
        for j in range(3):
            for k in range(3):
                if i + j + k == 4:
                    print("hit", i, j, k)
                    break
            else:
                continue
            break


if __name__ == "__main__":
    main()
