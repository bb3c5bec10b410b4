"""str, complex, lists and tuples across the boundary, both ways."""
import numpy as np


def greet(name: str, times: int = 2) -> str:
    """Says hello."""
    return ("hello " + name + "! ") * times


def word_lengths(text: str) -> list[int]:
    return [len(w) for w in text.split()]


def mean_var(xs: list[float]) -> tuple[float, float]:
    m = sum(xs) / len(xs)
    v = 0.0
    for x in xs:
        v += (x - m) ** 2
    return m, v / len(xs)


def push(xs: list[int], v: int) -> None:
    xs.append(v)
    xs[0] = -xs[0]


def push_and_fail(xs: list[int]) -> int:
    xs.append(99)
    return xs[10]


def same_list(xs: list[int]) -> list[int]:
    xs.append(len(xs))
    return xs


def pairs(n: int) -> list[tuple[int, str]]:
    return [(i, str(i) * i) for i in range(n)]


def swap(p: tuple[int, float]) -> tuple[float, int]:
    return p[1], p[0]


def nested(rows: list[list[float]]) -> float:
    s = 0.0
    for r in rows:
        for x in r:
            s += x
    return s


def cmul(a: complex, b: complex) -> complex:
    return a * b


def cnorm(z: "c128[:]") -> float:
    s = 0.0
    for i in range(z.shape[0]):
        s += abs(z[i])
    return s


def cscale(z: "c128[:]", k: complex) -> "c128[:]":
    return z * k


def minmax(a: "f64[:]") -> tuple[float, float, "f64[:]"]:
    return a.min(), a.max(), a * 2.0


def ident(a: "f64[:]") -> "f64[:]":
    a[0] = 5.0
    return a


def tags(names: list[str]) -> str:
    return ",".join(names)


def grow_rows(rows: list[list[int]]) -> int:
    rows[0].append(7)
    rows.append([1, 2])
    return len(rows)


def bump_pairs(ps: list[tuple[int, str]]) -> None:
    ps[1] = (ps[1][0] + 1, ps[1][1] + "!")


def total_only(xs: list[float]) -> float:
    s = 0.0
    for x in xs:
        s += x
    return s
