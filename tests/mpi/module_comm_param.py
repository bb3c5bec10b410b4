# krait: module=dist_kernels
# An mpi4py program imports a module of distributed kernels; krait's
# compiled module must behave as the source: the communicator arrives
# from the caller (COMM_WORLD or a Split of it), COMM_WORLD is shared.
from mpi4py import MPI
import numpy as np
import dist_kernels as dk

comm = MPI.COMM_WORLD
rank = comm.Get_rank()
size = comm.Get_size()

x = np.arange(4.0) + 4 * rank
total = dk.norm2(comm, x)
if rank == 0:
    print("norm2 over", size, "ranks:", round(total, 12), "world size:", dk.world_size())

# a heat rod split over the ranks, 50 steps with halo exchange
u = np.zeros(12)
u[1:11] = np.sin(np.linspace(0.0, 3.0, 10) + rank)
for _ in range(50):
    dk.halo_step(comm, u, 0.2)
rod = np.zeros(10 * size)
comm.Gather(u[1:11], rod if rank == 0 else None, root=0)
if rank == 0:
    print("rod:", np.round(rod, 10).tolist())

# a sub-communicator made by the caller
half = comm.Split(rank % 2, rank)
got = dk.gather_ranks(half, 0)
if half.Get_rank() == 0:
    line = f"color {rank % 2}: {got.tolist()}"
else:
    line = ""
lines = comm.gather(line, root=0)
if rank == 0:
    print([s for s in lines if s])
print_norm = float(dk.norm2(half, np.ones(3)))
norms = comm.gather(print_norm, root=0)
if rank == 0:
    print("half norms:", norms)
half.Free()
