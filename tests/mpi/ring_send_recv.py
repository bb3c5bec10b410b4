# A token passes around the ring with Send and Recv; each rank adds its
# rank. Rank 0 prints what comes back.
import numpy as np
from mpi4py import MPI


def main() -> None:
    comm = MPI.COMM_WORLD
    r = comm.Get_rank()
    n = comm.Get_size()
    token = np.zeros(1, dtype=np.int64)
    if n == 1:
        print("token", 0)
        return
    if r == 0:
        token[0] = 1000
        comm.Send(token, dest=1, tag=7)
        comm.Recv(token, source=n - 1, tag=7)
        print("token", token[0])
    else:
        comm.Recv(token, source=r - 1, tag=7)
        token[0] += r
        comm.Send(token, dest=(r + 1) % n, tag=7)


main()
