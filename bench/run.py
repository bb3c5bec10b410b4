#!/usr/bin/env python3
"""Time krait executables against CPython and hand-written C, in one run.

Usage: python3 bench/run.py --krait build/krait [--repeat 3] [--quick]

Each kernel is an example program; the C version in bench/c/ implements the
same algorithm. The table reports best-of-N wall times and the ratios
krait/C (target <= 1.10) and CPython/krait (target >= 50). C is built twice:
`-O3 -march=native` as is, and with `-ffp-contract=off`, the float semantics
krait compiles with (no fused multiply-add, so results equal CPython's). It also times an
end-to-end `krait build --exe` of bench/compile_200.py (target < 1 s).
"""
import argparse
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KERNELS = [  # name, args, CPython args (smaller when --quick)
    ("fib", "38", "27"),
    ("collatz", "3000000", "300000"),
    ("nbody", "2000000", "100000"),
    ("sieve", "10000000", "2000000"),
]


def best_time(cmd, repeat, env=None):
    best, out = None, None
    for _ in range(repeat):
        t0 = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
        dt = time.perf_counter() - t0
        best = dt if best is None or dt < best else best
        out = r.stdout
    return best, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", default=os.path.join(ROOT, "build", "krait"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="run CPython on smaller inputs")
    a = ap.parse_args()
    out = os.path.join(ROOT, "build", "bench")
    os.makedirs(out, exist_ok=True)
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "python"))
    print(f"{'kernel':<9} {'args':>9} {'C (s)':>8} {'C nofma':>8} {'krait (s)':>10} "
          f"{'krait/C':>8} {'krait/Cnf':>9} {'CPython (s)':>12} {'CPython/krait':>14}")
    for name, args, quick_args in KERNELS:
        src = os.path.join(ROOT, "examples", name + ".py")
        kexe, cexe = os.path.join(out, name), os.path.join(out, name + "_c")
        subprocess.run([a.krait, "build", "--exe", src, "-o", kexe], check=True)
        csrc = os.path.join(ROOT, "bench", "c", name + ".c")
        subprocess.run(["cc", "-O3", "-march=native", "-o", cexe, csrc, "-lm"], check=True)
        subprocess.run(["cc", "-O3", "-march=native", "-ffp-contract=off", "-o", cexe + "nf",
                        csrc, "-lm"], check=True)
        tc, oc = best_time([cexe, args], a.repeat)
        tnf, _ = best_time([cexe + "nf", args], a.repeat)
        tk, ok = best_time([kexe, args], a.repeat)
        if oc != ok:
            print(f"{name}: krait and C outputs differ:\n{ok}\n{oc}", file=sys.stderr)
        pargs = quick_args if a.quick else args
        tp, _ = best_time([sys.executable, src, pargs], 1, env)
        tk2 = tk if pargs == args else best_time([kexe, pargs], a.repeat)[0]
        print(f"{name:<9} {args:>9} {tc:8.3f} {tnf:8.3f} {tk:10.3f} {tk / tc:8.2f} "
              f"{tk / tnf:9.2f} {tp:12.3f} {tp / tk2:13.1f}x" + ("  (CPython on " + pargs + ")" if pargs != args else ""))
    src = os.path.join(ROOT, "bench", "compile_200.py")
    t, _ = best_time([a.krait, "build", "--exe", src, "-o", os.path.join(out, "compile_200")],
                     a.repeat)
    print(f"compile time, krait build --exe of a {sum(1 for _ in open(src))}-line module: {t:.3f} s")


if __name__ == "__main__":
    main()
