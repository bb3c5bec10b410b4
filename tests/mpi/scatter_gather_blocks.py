# Scatter blocks of an array from rank 0, square them, Gather them back.
import numpy as np
from mpi4py import MPI


def main() -> None:
    comm = MPI.COMM_WORLD
    r = comm.Get_rank()
    n = comm.Get_size()
    per = 3
    data = np.arange(float(per * n))    # read on the root only
    block = np.zeros(per)
    comm.Scatter(data, block, root=0)
    block *= block
    out = np.zeros(per * n)             # written on the root only
    comm.Gather(block, out, root=0)
    if r == n - 1:                      # again onto the last rank; None elsewhere
        back = np.zeros(per * n)
        comm.Gather(block, back, root=n - 1)
        if n > 1:
            comm.Send(back, dest=0, tag=9)
    else:
        comm.Gather(block, None, root=n - 1)
    if r == 0 and n > 1:
        again = np.zeros(per * n)
        comm.Recv(again, source=n - 1, tag=9)
        print(again)
    if r == 0:
        print(out)


main()
