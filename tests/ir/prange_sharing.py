# krait: dump-after=par
# pass_par gives each variable the body assigns a role: reductions (+, max)
# and private variables; schedule= and num_threads= stay on the loop.
from krait import prange


def stats(x: "f64[:]", n: int, out: "f64[:]") -> float:
    s = 0.0
    m = -1.0
    for i in prange(n, schedule="guided", num_threads=2):
        t = x[i] * 2.0
        out[i] = t
        s += t
        m = max(m, t)
    return s + m
