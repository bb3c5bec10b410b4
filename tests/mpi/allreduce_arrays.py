# Allreduce of numpy arrays: element-wise sums and maxima over the ranks.
import numpy as np
from mpi4py import MPI


def main() -> None:
    comm = MPI.COMM_WORLD
    r = comm.Get_rank()
    a = np.arange(6.0) * (r + 1)
    total = np.zeros(6)
    comm.Allreduce(a, total, op=MPI.SUM)
    m = np.zeros(6)
    comm.Allreduce(a, m, op=MPI.MAX)
    k = np.full(3, r, dtype=np.int64)
    ks = np.zeros(3, dtype=np.int64)
    comm.Allreduce(k, ks)
    if r == 0:
        print(total)
        print(m)
        print(ks)


main()
