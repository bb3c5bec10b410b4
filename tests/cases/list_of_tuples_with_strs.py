def mk(s: str) -> tuple[str, int]:
    return s + "!", 1


def main() -> None:
    ps = [mk("a"), mk("b")]
    print(len(ps))


if __name__ == "__main__":
    main()
