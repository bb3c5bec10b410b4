"""prange loops in an extension module."""
import krait
from krait import prange


def psum(n: int) -> int:
    s = 0
    for i in prange(n):
        s += i % 1000
    return s


def busy(n: int, out: "f64[:]") -> float:
    """Compute-bound: each iteration runs a short inner loop."""
    total = 0.0
    for i in prange(out.shape[0]):
        x = 0.0
        for k in range(n):
            x += ((i + k) % 7) * 0.5
        out[i] = x
        total += x
    return total


def threads() -> int:
    return krait.num_threads()


def fail_at(n: int, bad: int) -> int:
    s = 0
    for i in prange(n):
        if i == bad:
            raise ValueError(f"iteration {bad} failed")
        s += 1
    return s
