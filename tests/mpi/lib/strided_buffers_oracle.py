# The oracle of ../strided_buffers.py: the same exchanges through
# contiguous copies, which mpi4py accepts.
from mpi4py import MPI
import numpy as np

comm = MPI.COMM_WORLD
rank = comm.Get_rank()
size = comm.Get_size()
right = (rank + 1) % size
left = (rank - 1) % size

u = np.arange(20.0).reshape(4, 5) + 100 * rank
v = np.zeros((4, 5))
col = np.zeros(4)
comm.Sendrecv(np.ascontiguousarray(u[:, 4]), dest=right, recvbuf=col, source=left)
v[:, 0] = col
got = np.zeros(4)
r = comm.Irecv(got, source=left, tag=3)
s = comm.Isend(np.ascontiguousarray(u[1:3, 1:3]), dest=right, tag=3)
MPI.Request.Waitall([r, s])
v[::-1, 2] = got
total = comm.allreduce(float((v * np.arange(1.0, 21.0).reshape(4, 5)).sum()), op=MPI.SUM)

b = np.zeros((3, 4), dtype=np.int32)
if rank == 0:
    b[:, :] = np.arange(12, dtype=np.int32).reshape(3, 4) + 1
half = np.ascontiguousarray(b[:, ::2])
comm.Bcast(half, root=0)
b[:, ::2] = half
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
col = np.zeros(3)
comm.Allreduce(np.ascontiguousarray(w[:, 1]), col, op=MPI.SUM)
out[:, 2] = col
corners = np.ascontiguousarray(w[::2, ::3])
comm.Allreduce(MPI.IN_PLACE, corners, op=MPI.MAX)
w[::2, ::3] = corners
g = np.zeros((4, size))
gt = np.zeros((size, 4))
comm.Allgather(np.ascontiguousarray(w[0, :]), gt)
g[:, :] = gt.T
red = np.zeros((2, 3))
redt = np.zeros((3, 2))
comm.Reduce(np.ascontiguousarray(w[1:, :3].T), redt, op=MPI.SUM, root=0)
red[:, :] = redt.T
if rank == 0:
    print(out)
    print(w)
    print(g)
    print(red)
