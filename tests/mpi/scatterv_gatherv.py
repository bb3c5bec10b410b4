# Scatterv and Gatherv with uneven blocks (counts, displacements, the
# datatype; (counts, displs) pairs; equal blocks without counts), and
# message specs [buf, MPI.INT64_T] on Send, Recv and Bcast
from mpi4py import MPI
import numpy as np

comm = MPI.COMM_WORLD
rank = comm.Get_rank()
size = comm.Get_size()

# rank r owns r + 1 items
counts = [r + 1 for r in range(size)]
displs = [0] * size
for r in range(1, size):
    displs[r] = displs[r - 1] + counts[r - 1]
total = displs[size - 1] + counts[size - 1]

data = np.arange(total, dtype=np.float64) * 1.5
mine = np.zeros(rank + 1)
if rank == 0:
    comm.Scatterv([data, counts, displs, MPI.DOUBLE], mine, root=0)
else:
    comm.Scatterv(None, mine, root=0)
mine *= 2.0

back = np.zeros(total)
if rank == 0:
    comm.Gatherv(mine, [back, counts, displs, MPI.DOUBLE], root=0)
    print("gathered:", back)
else:
    comm.Gatherv(mine, None, root=0)

# (counts, displs) as a pair, no datatype; into a reversed layout
rev = [0] * size
for r in range(size):
    rev[r] = total - displs[r] - counts[r]
out = np.zeros(total, dtype=np.int64)
ids = np.full(rank + 1, rank, dtype=np.int64)
if rank == size - 1:
    comm.Gatherv([ids, MPI.INT64_T], [out, (counts, rev)], root=size - 1)
    if size > 1:
        comm.Send([out, MPI.INT64_T], dest=0, tag=5)
else:
    comm.Gatherv(ids, None, root=size - 1)
if rank == 0:
    if size > 1:
        comm.Recv([out, MPI.INT64_T], source=size - 1, tag=5)
    print("reversed blocks:", out)

# equal blocks when the spec has no counts
even = np.arange(2 * size, dtype=np.int32)
two = np.zeros(2, dtype=np.int32)
comm.Scatterv(even, two, root=0)
comm.Bcast([two, MPI.INT], root=size - 1)
if rank == 0:
    print("equal blocks:", two)

# counts and displacements as numpy int arrays (int64 and int32)
acounts = np.arange(1, size + 1)
adispls = np.zeros(size, dtype=np.int64)
adispls[1:] = np.cumsum(acounts)[:-1]
atotal = int(acounts.sum())
src = np.arange(atotal, dtype=np.float64)
piece = np.zeros(rank + 1)
comm.Scatterv([src, acounts, adispls, MPI.DOUBLE], piece, root=0)
joined = np.zeros(atotal)
comm.Gatherv(piece * 2, [joined, (acounts.astype(np.int32), adispls), MPI.DOUBLE], root=0)
if rank == 0:
    print("array counts:", joined)
