# Allreduce with MPI.IN_PLACE: the receive buffer holds the input.
import numpy as np
from mpi4py import MPI


def main() -> None:
    comm = MPI.COMM_WORLD
    r = comm.Get_rank()
    a = np.array([1.0, float(r), float(r * r)])
    comm.Allreduce(MPI.IN_PLACE, a, op=MPI.SUM)
    m = np.array([r, -r], dtype=np.int64)
    comm.Allreduce(MPI.IN_PLACE, m, op=MPI.MAX)
    if r == 0:
        print(a, m)


main()
