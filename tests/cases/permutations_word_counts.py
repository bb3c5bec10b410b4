# Recursive permutations of a list[str], plus word statistics kept in parallel sorted lists.


def perms(xs: list[str]) -> list[list[str]]:
    if len(xs) <= 1:
        return [xs[:]]
    out: list[list[str]] = []
    for i in range(len(xs)):
        rest = xs[:i] + xs[i + 1:]
        for p in perms(rest):
            out.append([xs[i]] + p)
    return out


def count_words(text: str) -> tuple[list[str], list[int]]:
    words: list[str] = []
    counts: list[int] = []
    for raw in text.lower().split():
        w = raw.strip(".,;!?")
        if w == "":
            continue
        if w in words:
            counts[words.index(w)] += 1
        else:
            words.append(w)
            counts.append(1)
    return words, counts


def main() -> None:
    ps = perms(["a", "b", "c"])
    print(len(ps), ["".join(p) for p in ps])
    print(len(perms(["w", "x", "y", "z", "v"])), perms(["q"]), perms(["1", "2"]))
    text = "The cat and the hat. The bat, the cat; and THE end!"
    words, counts = count_words(text)
    pairs = sorted([(-c, w) for w, c in zip(words, counts)])
    for negc, w in pairs[:4]:
        print(f"{w:<5}{-negc:>3}")
    print(words, counts, sum(counts))


if __name__ == "__main__":
    main()
