# A binary heap priority queue over list[tuple[int, str]], used for Dijkstra on a small graph.


def push(h: list[tuple[int, str]], item: tuple[int, str]) -> None:
    h.append(item)
    i = len(h) - 1
    while i > 0:
        p = (i - 1) // 2
        if h[i] < h[p]:
            h[i], h[p] = h[p], h[i]
            i = p
        else:
            break


def pop(h: list[tuple[int, str]]) -> tuple[int, str]:
    top = h[0]
    last = h.pop()
    if len(h) > 0:
        h[0] = last
        i = 0
        while True:
            l = 2 * i + 1
            r = l + 1
            m = i
            if l < len(h) and h[l] < h[m]:
                m = l
            if r < len(h) and h[r] < h[m]:
                m = r
            if m == i:
                break
            h[i], h[m] = h[m], h[i]
            i = m
    return top


def main() -> None:
    names = ["a", "b", "c", "d", "e"]
    edges = [("a", "b", 4), ("a", "c", 1), ("c", "b", 2), ("b", "d", 5), ("c", "d", 8), ("d", "e", 3)]
    dist = [10 ** 9] * len(names)
    dist[0] = 0
    h: list[tuple[int, str]] = []
    push(h, (0, "a"))
    order: list[str] = []
    while len(h) > 0:
        d, u = pop(h)
        ui = names.index(u)
        if d > dist[ui]:
            continue
        order.append(u)
        for s, t, w in edges:
            if s == u:
                ti = names.index(t)
                if d + w < dist[ti]:
                    dist[ti] = d + w
                    push(h, (d + w, t))
    print(order, dist)
    h2: list[tuple[int, str]] = []
    for i, wd in enumerate("the quick brown fox jumps over the lazy dog".split()):
        push(h2, (len(wd) * 10 - i, wd))
    out = [pop(h2) for _ in range(len(h2))]
    print(out)


if __name__ == "__main__":
    main()
