#!/usr/bin/env python3
"""make demo: build the examples into executables with krait, run them and
CPython on the same input, check the outputs are identical, and print the
wall times side by side. Then import one example as an extension module
built by krait, next to the same module run by CPython."""
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


MODULE_CALL = "import collatz; print(max(collatz.collatz_len(i) for i in range(1, 300000)))"


def module_demo(krait, out, env):
    """`krait build examples/collatz.py` and `import collatz` from Python."""
    moddir = os.path.join(out, "modules")
    tc, r = timed([krait, "build", os.path.join(ROOT, "examples", "collatz.py"), "-o", moddir + "/"])
    if r.returncode:
        print(r.stderr, file=sys.stderr)
        return False
    py_env = dict(env, PYTHONPATH=os.path.join(ROOT, "examples") + os.pathsep + env["PYTHONPATH"])
    tp, py = timed([sys.executable, "-c", MODULE_CALL], py_env)
    tk, kr = timed([sys.executable, "-c", MODULE_CALL], dict(env, PYTHONPATH=moddir))
    same = py.stdout == kr.stdout and py.returncode == kr.returncode == 0
    print(f"\nimport collatz (extension module, {MODULE_CALL.split('; ')[1]}):")
    print(f"  compile {tc:.2f} s, CPython {tp:.3f} s, krait module {tk:.3f} s, "
          f"speed-up {tp / tk:.1f}x" + ("" if same else "   OUTPUT DIFFERS"))
    return same


if __name__ == "__main__":
    sys.exit(main())
