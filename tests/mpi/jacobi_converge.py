# A distributed iteration that stops when the largest change over all
# ranks (allreduce MAX) is small: every rank stops at the same step.
import numpy as np
from mpi4py import MPI


def main() -> None:
    comm = MPI.COMM_WORLD
    r = comm.Get_rank()
    x = np.full(4, 10.0 * (r + 1))
    steps = 0
    change = 1.0
    while change > 1e-6:
        new = 0.5 * x + 1.0
        change = comm.allreduce(float(np.max(np.abs(new - x))), op=MPI.MAX)
        x = new
        steps += 1
    total = comm.allreduce(float(x.sum()))
    if r == 0:
        print(steps, round(total, 4))


main()
