# Module-level constants, lists mutated by functions, and top-level statements before main.
import math

SCALE = 3
NAMES = ["x", "y", "z"]
HALF = 0.5
GREETING = "hi " * 2
LIMITS = (10, 20)
history: list[str] = []
grid = [[0] * SCALE for _ in range(SCALE)]


def record(s: str) -> int:
    history.append(s)
    return len(history)


def fill() -> None:
    for r in range(SCALE):
        for c in range(SCALE):
            grid[r][c] = r * SCALE + c


print("top-level start", SCALE, NAMES, HALF, GREETING, LIMITS)
record("import")
TOTAL = sum([n * SCALE for n in range(4)])
for nm in NAMES:
    record(nm.upper())
if TOTAL > 10:
    record("big")
else:
    record("small")
ROOT = math.sqrt(TOTAL)


def main() -> None:
    fill()
    print(grid, TOTAL, ROOT)
    print(record("main"), history)
    lo, hi = LIMITS
    print(lo + hi, LIMITS[1] * HALF, nm)
    NAMES.append("w")
    print(len(NAMES), NAMES[-1], GREETING.strip())


print("before main guard", len(history))
if __name__ == "__main__":
    main()
    print("after main", history[-1])
print("end of module")
