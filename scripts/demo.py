#!/usr/bin/env python3
"""make demo: build the examples into executables with krait, run them and
CPython on the same input, check the outputs are identical, and print the
wall times side by side. Then build examples/kernels.py as an extension
module and run examples/use_kernels.py, which imports it next to the same
module run by CPython."""
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = [("collatz", "300000"), ("fib", "27"), ("nbody", "100000"), ("sieve", "2000000"),
            ("stencil", "300 2")]


def timed(cmd, env=None):
    t0 = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, env=env)
    return time.perf_counter() - t0, r


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build")
    krait = os.path.join(build, "krait")
    out = os.path.join(build, "demo")
    os.makedirs(out, exist_ok=True)
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "python"))
    print(f"{'example':<10} {'args':>8} {'compile (s)':>12} {'CPython (s)':>12} "
          f"{'krait (s)':>10} {'speed-up':>9}")
    ok = True
    for name, args in EXAMPLES:
        src = os.path.join(ROOT, "examples", name + ".py")
        exe = os.path.join(out, name)
        tc, r = timed([krait, "build", "--exe", src, "-o", exe])
        if r.returncode:
            print(r.stderr, file=sys.stderr)
            return 1
        tp, py = timed([sys.executable, src] + args.split(), env)
        tk, kr = timed([exe] + args.split())
        same = py.stdout == kr.stdout and py.returncode == kr.returncode
        ok &= same
        print(f"{name:<10} {args:>8} {tc:12.2f} {tp:12.3f} {tk:10.3f} {tp / tk:8.1f}x"
              + ("" if same else "   OUTPUT DIFFERS"))
    ok &= module_demo(krait, out, env)
    print("outputs identical to CPython for every example" if ok else "outputs differ!")
    return 0 if ok else 1


def module_demo(krait, out, env):
    """`krait build examples/kernels.py`, then examples/use_kernels.py runs
    every kernel with the .py and with the compiled module."""
    moddir = os.path.join(out, "modules")
    tc, r = timed([krait, "build", os.path.join(ROOT, "examples", "kernels.py"), "-o", moddir + "/"])
    if r.returncode:
        print(r.stderr, file=sys.stderr)
        return False
    print(f"\nkrait build examples/kernels.py ({tc:.2f} s), then import kernels:")
    r = subprocess.run([sys.executable, os.path.join(ROOT, "examples", "use_kernels.py"), moddir],
                       env=env)
    return r.returncode == 0


if __name__ == "__main__":
    sys.exit(main())
