# Recursion near CPython's depth limit, mutual recursion and recursion over lists.


def depth_sum(n: int) -> int:
    if n == 0:
        return 0
    return n + depth_sum(n - 1)


def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


def build(n: int, acc: list[int]) -> list[int]:
    if n == 0:
        return acc
    acc.append(n * n % 97)
    return build(n - 1, acc)


def rev_str(s: str) -> str:
    if len(s) <= 1:
        return s
    return rev_str(s[1:]) + s[0]


def ackermann(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def hanoi(n: int, a: str, b: str, c: str, moves: list[str]) -> None:
    if n == 0:
        return
    hanoi(n - 1, a, c, b, moves)
    moves.append(a + c)
    hanoi(n - 1, b, a, c, moves)


def main() -> None:
    print(depth_sum(950), depth_sum(900))
    print(is_even(901), is_odd(901), is_even(0))
    e: list[int] = []
    xs = build(800, e)
    print(len(xs), sum(xs), xs[:5], len(e))
    print(rev_str("recursion is fun"), len(rev_str("ab" * 300)))
    print(ackermann(2, 3), ackermann(3, 3))
    moves: list[str] = []
    hanoi(10, "A", "B", "C", moves)
    print(len(moves), moves[:6], moves[-1])


if __name__ == "__main__":
    main()
