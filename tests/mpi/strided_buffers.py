# krait: oracle=lib/strided_buffers_oracle.py
# Strided views as buffers (a column, a reversed column, a 2-D block, every
# other column) for Sendrecv, Isend/Irecv and Bcast (derived datatypes) and
# for Allreduce, Reduce and Allgather (packed copies). mpi4py refuses them
# ("ndarray is not contiguous"), so the oracle is the same program with
# contiguous copies.
from mpi4py import MPI
import numpy as np

comm = MPI.COMM_WORLD
rank = comm.Get_rank()
size = comm.Get_size()
right = (rank + 1) % size
left = (rank - 1) % size

u = np.arange(20.0).reshape(4, 5) + 100 * rank
v = np.zeros((4, 5))
comm.Sendrecv(u[:, 4], dest=right, recvbuf=v[:, 0], source=left)
r = comm.Irecv(v[::-1, 2], source=left, tag=3)
s = comm.Isend(u[1:3, 1:3], dest=right, tag=3)
MPI.Request.Waitall([r, s])
total = comm.allreduce(float((v * np.arange(1.0, 21.0).reshape(4, 5)).sum()), op=MPI.SUM)

b = np.zeros((3, 4), dtype=np.int32)
if rank == 0:
    b[:, :] = np.arange(12, dtype=np.int32).reshape(3, 4) + 1
comm.Bcast(b[:, ::2], root=0)
if rank == 0:
    print(v)
    print("weighted total:", total)
last = np.zeros((3, 4), dtype=np.int32)
if size > 1 and rank == size - 1:
    comm.Send(b, dest=0, tag=9)
if size > 1 and rank == 0:
    comm.Recv(last, source=size - 1, tag=9)
if rank == 0:
    print(last)

# collectives on strided views go through packed copies
w = np.arange(12.0).reshape(3, 4) + rank
out = np.zeros((3, 4))
comm.Allreduce(w[:, 1], out[:, 2], op=MPI.SUM)
comm.Allreduce(MPI.IN_PLACE, w[::2, ::3], op=MPI.MAX)
g = np.zeros((4, size))
comm.Allgather(w[0, :], g.T)
red = np.zeros((2, 3))
comm.Reduce(w[1:, :3].T, red.T, op=MPI.SUM, root=0)
if rank == 0:
    print(out)
    print(w)
    print(g)
    print(red)
