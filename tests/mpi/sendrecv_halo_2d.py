# A 2-D heat stencil split by rows over the ranks; halo rows exchanged
# with Sendrecv (periodic in the row direction).
import numpy as np
from mpi4py import MPI


def step(u: "f64[:, :]", v: "f64[:, :]") -> None:
    for i in range(1, u.shape[0] - 1):
        for j in range(1, u.shape[1] - 1):
            v[i, j] = u[i, j] + 0.2 * (u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1] - 4.0 * u[i, j])


def main() -> None:
    comm = MPI.COMM_WORLD
    r = comm.Get_rank()
    n = comm.Get_size()
    rows, cols = 4, 6
    u = np.zeros((rows + 2, cols))
    u[1:rows + 1, 2] = 10.0 * (r + 1)
    v = u.copy()
    up, down = (r - 1) % n, (r + 1) % n
    top = np.zeros(cols)
    bottom = np.zeros(cols)
    for t in range(10):
        comm.Sendrecv(u[1].copy(), dest=up, sendtag=1, recvbuf=bottom, source=down, recvtag=1)
        comm.Sendrecv(u[rows].copy(), dest=down, sendtag=2, recvbuf=top, source=up, recvtag=2)
        u[0, :] = top
        u[rows + 1, :] = bottom
        step(u, v)
        u[1:rows + 1, 1:cols - 1] = v[1:rows + 1, 1:cols - 1]
    total = comm.allreduce(float(u[1:rows + 1].sum()))
    if r == 0:
        print(round(total, 6))


main()
