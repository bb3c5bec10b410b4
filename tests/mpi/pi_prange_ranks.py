# Monte-Carlo pi across ranks, with a prange loop inside each rank (the
# seed's example): each rank draws its own samples, allreduce adds them.
import math
import random
from krait import prange
from mpi4py import MPI


def count_inside(n: int) -> int:
    inside = 0
    for i in prange(n):
        x = random.uniform(0, 1)
        y = random.uniform(0, 1)
        if x * x + y * y <= 1.0:
            inside += 1
    return inside


def main() -> None:
    comm = MPI.COMM_WORLD
    r = comm.Get_rank()
    random.seed(1000 + r)
    n = 200000
    total = comm.allreduce(count_inside(n), op=MPI.SUM)
    pi = 4.0 * total / (n * comm.Get_size())
    if r == 0:
        print(abs(pi - math.pi) < 0.02)


main()
