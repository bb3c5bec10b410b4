#!/usr/bin/env python3
"""Mutation fuzzer for the compiler front to back (`krait check`).

Takes the test programs as seeds, mutates them (byte flips, deleted,
duplicated and swapped lines, splices of two files, random tokens) and runs
`krait check` on each mutant. Any exit other than 0 (accepted) or 1
(diagnosed), a signal, a timeout or an "internal compiler error" is a
failure; the mutant is saved under BUILD/fuzz-failures/ for reproduction.

Usage: tests/fuzz/fuzz.py --krait build-asan/krait [-n 300] [--seed 1]
Prints `N passed, N failed`.
"""
import argparse
import glob
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOKENS = [b"(", b")", b"[", b"]", b":", b",", b"=", b"def ", b"for ", b" in ", b"if ",
          b"else:", b"return ", b"lambda", b"f64[:, ::1]", b"'", b'"', b'f"{', b"}", b"\\",
          b"\n    ", b"\n", b"\t", b"**", b"//", b"%", b"0x", b"1e999", b"9" * 30, b"\xff",
          b"print(", b"import ", b"range(", b"[]", b"None", b"-", b"not ", b"@", b"#"]


def mutate(rng, data, other):
    lines = data.split(b"\n")
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(7)
        if op == 0 and data:
            i = rng.randrange(len(data))
            data = data[:i] + bytes([rng.randrange(256)]) + data[i + 1:]
            lines = data.split(b"\n")
        elif op == 1 and lines:
            del lines[rng.randrange(len(lines))]
        elif op == 2 and lines:
            i = rng.randrange(len(lines))
            lines.insert(i, lines[i])
        elif op == 3 and len(lines) > 1:
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == 4:
            ol = other.split(b"\n")
            k = rng.randrange(len(ol))
            lines[rng.randrange(len(lines) + 1):0] = ol[k:k + rng.randint(1, 8)]
        elif op == 5 and lines:
            i = rng.randrange(len(lines))
            ln = lines[i]
            p = rng.randrange(len(ln) + 1)
            lines[i] = ln[:p] + rng.choice(TOKENS) + ln[p:]
        elif op == 6 and lines:
            i = rng.randrange(len(lines))
            lines[i] = lines[i][: rng.randrange(len(lines[i]) + 1)]
        data = b"\n".join(lines)
    return data


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", required=True)
    ap.add_argument("-n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "fuzz"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    seeds = sorted(glob.glob(os.path.join(ROOT, "tests", "cases", "*.py")) +
                   glob.glob(os.path.join(ROOT, "tests", "errors", "*.py")) +
                   glob.glob(os.path.join(ROOT, "examples", "*.py")))
    corpus = [open(p, "rb").read() for p in seeds]
    os.makedirs(a.out, exist_ok=True)
    passed = failed = 0
    for k in range(a.n):
        data = mutate(rng, rng.choice(corpus), rng.choice(corpus))
        path = os.path.join(a.out, "mutant.py")
        with open(path, "wb") as f:
            f.write(data)
        try:
            r = subprocess.run([a.krait, "check", path], capture_output=True, timeout=30)
            bad = r.returncode not in (0, 1) or b"internal compiler error" in r.stderr
            why = f"exit {r.returncode}: {r.stderr[-400:].decode(errors='replace')}"
        except subprocess.TimeoutExpired:
            bad, why = True, "timeout"
        if bad:
            failed += 1
            keep = os.path.join(a.out, f"failure-{a.seed}-{k}.py")
            os.replace(path, keep)
            print(f"FAIL {keep}: {why}")
        else:
            passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
