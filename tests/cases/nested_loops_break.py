# Nested loops with break and continue at different depths.


def first_pair_with_sum(xs: list[int], target: int) -> tuple[int, int]:
    found_i = -1
    found_j = -1
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] + xs[j] == target:
                found_i = i
                found_j = j
                break
        if found_i >= 0:
            break
    return found_i, found_j


def count_skipping(n: int) -> int:
    count = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        for j in range(n):
            if j > i:
                break
            if (i + j) % 2 == 1:
                continue
            count += 1
    return count


def main() -> None:
    xs = [3, 8, 1, 9, 4, 7, 2]
    for t in [5, 11, 16, 100, 17]:
        print(t, first_pair_with_sum(xs, t))
    for n in [0, 1, 5, 10, 20]:
        print(n, count_skipping(n))
    for i in range(4):
        line = ""
        for j in range(4):
            if j == i:
                continue
            line += str(i * 4 + j) + " "
        print(line.strip())


if __name__ == "__main__":
    main()
