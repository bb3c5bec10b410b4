# Reduce of arrays and reduce of values onto rank 0 and onto the last rank.
import numpy as np
from mpi4py import MPI


def main() -> None:
    comm = MPI.COMM_WORLD
    r = comm.Get_rank()
    last = comm.Get_size() - 1
    a = np.array([r + 1.0, 2.0 * r, 1.0])
    total = np.zeros(3)
    comm.Reduce(a, total, op=MPI.SUM, root=0)
    if r != 0:
        comm.Reduce(a, None, op=MPI.MIN, root=0)   # off the root, None will do
    else:
        low = np.zeros(3)
        comm.Reduce(a, low, op=MPI.MIN, root=0)
        print(low)
    top = np.zeros(3)
    comm.Reduce(a, top, op=MPI.MAX, root=last)
    s = comm.reduce(r * r, op=MPI.SUM, root=0)
    m = comm.reduce(0.5 * r, op=MPI.MAX, root=0)
    if r == 0:
        print(total, s, m)
    got = comm.bcast(float(top[1]), root=last)
    if r == 0:
        print(got)


main()
