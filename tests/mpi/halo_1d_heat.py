# A 1-D heat equation split over the ranks, halo cells exchanged with
# Send/Recv each step; rank 0 prints the global sum and the left end.
import numpy as np
from mpi4py import MPI


def step(u: "f64[:]", v: "f64[:]") -> None:
    for i in range(1, u.shape[0] - 1):
        v[i] = u[i] + 0.25 * (u[i - 1] - 2.0 * u[i] + u[i + 1])


def main() -> None:
    comm = MPI.COMM_WORLD
    r = comm.Get_rank()
    n = comm.Get_size()
    local = 8
    u = np.zeros(local + 2)
    if r == 0:
        u[1] = 100.0
    v = u.copy()
    left = np.zeros(1)
    right = np.zeros(1)
    for t in range(20):
        if r > 0:
            comm.Send(u[1:2].copy(), dest=r - 1, tag=1)
        if r < n - 1:
            comm.Recv(right, source=r + 1, tag=1)
            u[local + 1] = right[0]
            comm.Send(u[local:local + 1].copy(), dest=r + 1, tag=2)
        if r > 0:
            comm.Recv(left, source=r - 1, tag=2)
            u[0] = left[0]
        step(u, v)
        v[0] = u[0]
        v[local + 1] = u[local + 1]
        u, v = v, u
    total = comm.allreduce(float(u[1:local + 1].sum()), op=MPI.SUM)
    if r == 0:
        print(round(total, 9), round(float(u[1]), 9))


main()
