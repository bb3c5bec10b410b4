"""Use examples/kernels.py as Python and as the module krait compiled from it.

    build/krait build examples/kernels.py -o build/
    python3 examples/use_kernels.py build/

Imports kernels.py and the compiled kernels from the directory given, runs
each kernel on the same inputs with both, checks that the results agree
and prints the times."""
import importlib.machinery
import importlib.util
import os
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def best(f, *args, repeat=3):
    t = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        r = f(*args)
        t = min(t, time.perf_counter() - t0)
    return t, r


def same(a, b):
    if isinstance(a, tuple):
        return all(same(x, y) for x, y in zip(a, b))
    return np.array_equal(np.asarray(a), np.asarray(b))


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "build"
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    so = os.path.join(outdir, "kernels" + suffix)
    if not os.path.exists(so):
        sys.exit(f"{so} not found: run `build/krait build examples/kernels.py -o {outdir}/` first")
    py = load(os.path.join(HERE, "kernels.py"), "kernels_py")
    ext = load(so, "kernels")
    rng = np.random.default_rng(1)
    u = rng.random((200, 200))
    pts = rng.random((300, 3))
    xs = rng.random(200_000)
    runs = [
        ("heat(u 200x200, 20 steps)", "heat", (u, 20)),
        ("pairwise_dist(300 points)", "pairwise_dist", (pts,)),
        ("histogram(2e5 values)", "histogram", (xs, 0.0, 1.0)),
        ("mean_std(list of 2e5)", "mean_std", (xs.tolist(),)),
        ("mandel(200x150, 100 iters)", "mandel", (200, 150, 100)),
        ("clip_sum(float64, 2e5)", "clip_sum", (xs, 0.2, 0.8)),
    ]
    print(f"{'kernel':30} {'CPython':>10} {'krait':>10} {'speed-up':>9}")
    ok = True
    for label, name, args in runs:
        tp, rp = best(getattr(py, name), *args, repeat=1)
        tk, rk = best(getattr(ext, name), *args)
        agree = same(rp, rk)
        ok &= agree
        print(f"{label:30} {tp:9.4f}s {tk:9.4f}s {tp / tk:8.1f}x{'' if agree else '  RESULTS DIFFER'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
