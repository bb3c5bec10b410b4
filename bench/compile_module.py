"""Build time of an extension module: `krait build examples/kernels.py` (a
100-line module of annotated kernels) against Pythran on the same source,
with a `#pythran export` line per function (Pythran does not read
annotations). End to end, wall clock: from the command to the .so.

    python3 bench/compile_module.py [--krait build/krait] [--repeat 5]

Pythran is skipped when it is not installed (`pip install pythran`)."""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "examples", "kernels.py")
PYTHRAN_EXPORTS = """\
#pythran export heat_step(float64[:, :], float64[:, :], float)
#pythran export heat(float64[:, :], int)
#pythran export pairwise_dist(float64[:, :])
#pythran export histogram(float64[:], float, float, int)
#pythran export mean_std(float list)
#pythran export horner(float list, float)
#pythran export mandel(int, int, int)
"""


def timed(cmd, cwd):
    t0 = time.perf_counter()
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if r.returncode:
        sys.exit(f"{' '.join(cmd)} failed:\n{r.stderr}")
    return time.perf_counter() - t0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", default=os.path.join(ROOT, "build", "krait"))
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    lines = sum(1 for _ in open(SRC))
    with tempfile.TemporaryDirectory() as tmp:
        kt = [timed([a.krait, "build", SRC, "-o", tmp + "/"], tmp) for _ in range(a.repeat)]
        print(f"krait build examples/kernels.py ({lines} lines): "
              f"min {min(kt):.2f} s, median {statistics.median(kt):.2f} s over {a.repeat} runs")
        try:
            import pythran  # noqa: F401
        except ImportError:
            print("pythran: not installed, skipped")
            return
        src = os.path.join(tmp, "kernels_pt.py")
        with open(src, "w") as f:
            f.write(PYTHRAN_EXPORTS + open(SRC).read())
        pt = [timed([sys.executable, "-m", "pythran.run", "-O3", src, "-o", "kernels_pt.so"], tmp)
              for _ in range(max(1, a.repeat // 2))]
        print(f"pythran -O3 (same source, export lines added): min {min(pt):.2f} s, "
              f"median {statistics.median(pt):.2f} s; pythran/krait {min(pt) / min(kt):.1f}x")


if __name__ == "__main__":
    main()
