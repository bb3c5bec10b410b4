# bcast of ints and floats, and Bcast of an array, from rank 0 and from
# the last rank.
import numpy as np
from mpi4py import MPI


def main() -> None:
    comm = MPI.COMM_WORLD
    r = comm.Get_rank()
    last = comm.Get_size() - 1
    n = comm.bcast(100 if r == 0 else -1, root=0)
    x = comm.bcast(2.5 * r, root=last)
    buf = np.zeros(4)
    if r == 0:
        buf[:] = np.array([1.0, 2.0, 3.0, 4.0])
    comm.Bcast(buf, root=0)
    m = np.zeros((2, 3), dtype=np.int64)
    if r == last:
        m[:, :] = 7
    comm.Bcast(m, root=last)
    if r == 0:
        print(n, x, buf, m.sum())


main()
