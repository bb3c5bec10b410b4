# allgather of ints and floats, and Allgather and Alltoall of arrays.
import numpy as np
from mpi4py import MPI


def main() -> None:
    comm = MPI.COMM_WORLD
    r = comm.Get_rank()
    n = comm.Get_size()
    ranks = comm.allgather(r * 10)
    halves = comm.allgather(r / 2)
    mine = np.array([r, r * r], dtype=np.int64)
    every = np.zeros(2 * n, dtype=np.int64)
    comm.Allgather(mine, every)
    send = np.arange(float(n)) + 100.0 * r
    recv = np.zeros(n)
    comm.Alltoall(send, recv)
    col = comm.allreduce(float(recv.sum()))
    if r == 0:
        print(ranks, halves)
        print(every)
        print(recv, col)


main()
