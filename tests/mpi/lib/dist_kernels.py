"""Distributed kernels that take the caller's communicator (MPI.Comm):
compiled by krait into an extension module, or imported as source."""
from mpi4py import MPI
import numpy as np


def norm2(comm: MPI.Comm, x: "f64[:]") -> float:
    """The 2-norm of a vector whose blocks live on the ranks of comm."""
    local = 0.0
    for i in range(x.shape[0]):
        local += x[i] * x[i]
    return comm.allreduce(local, op=MPI.SUM) ** 0.5


def halo_step(comm: MPI.Comm, u: "f64[:]", alpha: float) -> None:
    """One explicit heat step on this rank's block u[1:-1]; u[0] and u[-1]
    are ghost cells filled from the neighbours (fixed ends at 0)."""
    rank = comm.Get_rank()
    size = comm.Get_size()
    n = u.shape[0]
    left = rank - 1 if rank > 0 else MPI.PROC_NULL
    right = rank + 1 if rank < size - 1 else MPI.PROC_NULL
    comm.Sendrecv(u[1:2], dest=left, recvbuf=u[n - 1:n], source=right)
    comm.Sendrecv(u[n - 2:n - 1], dest=right, recvbuf=u[0:1], source=left)
    new = u.copy()
    for i in range(1, n - 1):
        new[i] = u[i] + alpha * (u[i - 1] - 2.0 * u[i] + u[i + 1])
    u[1:n - 1] = new[1:n - 1]


def world_size() -> int:
    """MPI.COMM_WORLD, shared with the program that imported the module."""
    return MPI.COMM_WORLD.Get_size()


def gather_ranks(comm: MPI.Comm, root: int) -> "i64[:]":
    """Every rank's world rank, gathered on root (zeros elsewhere)."""
    out = np.zeros(comm.Get_size(), dtype=np.int64)
    mine = np.array([MPI.COMM_WORLD.Get_rank()], dtype=np.int64)
    comm.Gather(mine, out, root=root)
    return out


def checked_bcast(comm: MPI.Comm, x: int, root: int) -> int:
    """bcast from root; a bad root is a ValueError on every rank."""
    return comm.bcast(x, root=root)
