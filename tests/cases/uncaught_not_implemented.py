# raise NotImplementedError from a branch that is not written yet.


def area(shape: str, size: float) -> float:
    if shape == "square":
        return size * size
    if shape == "circle":
        return 3.0 * size * size
    raise NotImplementedError("area of " + shape)


def main() -> None:
    for s in ["square", "circle", "hexagon"]:
        print(s, area(s, 2.0))


if __name__ == "__main__":
    main()
