"""2-D heat equation, rows split over the ranks, halo rows exchanged with
Sendrecv every step (weak scaling: each rank owns the same n x m block).
CPython runs it with mpi4py and numpy; krait builds it into an executable.

    mpiexec -n R heat2d N M STEPS

Rank 0 prints the slowest rank's time per step (ms) and the sum of the
final field, which every implementation must agree on."""
import sys

import numpy as np
from mpi4py import MPI


def main() -> None:
    comm = MPI.COMM_WORLD
    rank = comm.Get_rank()
    size = comm.Get_size()
    n = int(sys.argv[1])
    m = int(sys.argv[2])
    steps = int(sys.argv[3])
    alpha = 0.2
    u = np.zeros((n + 2, m))
    u[1:n + 1, 0] = 100.0          # the hot left edge, held fixed
    new = u.copy()
    up = rank - 1 if rank > 0 else MPI.PROC_NULL
    down = rank + 1 if rank < size - 1 else MPI.PROC_NULL
    comm.Barrier()
    t0 = MPI.Wtime()
    for _ in range(steps):
        comm.Sendrecv(u[1, :], dest=up, sendtag=0, recvbuf=u[n + 1, :], source=down, recvtag=0)
        comm.Sendrecv(u[n, :], dest=down, sendtag=1, recvbuf=u[0, :], source=up, recvtag=1)
        new[1:n + 1, 1:m - 1] = u[1:n + 1, 1:m - 1] + alpha * (
            u[0:n, 1:m - 1] + u[2:n + 2, 1:m - 1] + u[1:n + 1, 0:m - 2] + u[1:n + 1, 2:m]
            - 4.0 * u[1:n + 1, 1:m - 1])
        u, new = new, u
    t = comm.allreduce(MPI.Wtime() - t0, op=MPI.MAX)
    total = comm.allreduce(float(u[1:n + 1, :].sum()), op=MPI.SUM)
    if rank == 0:
        print(f"{t / steps * 1e3:.4f} {total:.6f}")


main()
