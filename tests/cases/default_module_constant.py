# A default may name a module constant bound once above the def: Python
# evaluates it at the def, so the function keeps that value.
SCALE = 2.5
STEPS = 3
NAME = "grid"
NEG = -4


def scaled(x: float, k: float = SCALE) -> float:
    return x * k


def repeat(word: str = NAME, times: int = STEPS, shift: int = NEG) -> str:
    return (word + "|") * times + str(shift)


def main() -> None:
    print(scaled(2.0), scaled(2.0, 1.0), scaled(k=4.0, x=1.0))
    print(repeat(), repeat("ab", 1), repeat(times=0))


if __name__ == "__main__":
    main()
