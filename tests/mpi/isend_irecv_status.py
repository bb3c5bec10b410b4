# Isend/Irecv requests completed by Wait, Waitall and Test; MPI.Status
# from Wait and Recv (Get_source, Get_tag, Get_count); a temporary
# array sent by Isend lives until the request completes
from mpi4py import MPI
import numpy as np

comm = MPI.COMM_WORLD
rank = comm.Get_rank()
size = comm.Get_size()

# a ring with non-blocking sends and receives, completed by Waitall
right = (rank + 1) % size
left = (rank - 1) % size
out = np.arange(5, dtype=np.float64) + 10.0 * rank
got = np.zeros(5)
reqs = [comm.Isend(out, dest=right, tag=7), comm.Irecv(got, source=left, tag=7)]
ok = MPI.Request.Waitall(reqs)
total = comm.allreduce(float(got.sum()), op=MPI.SUM)
if rank == 0:
    print("waitall:", ok, "from left:", got, "ring total:", total)

# Wait with a status: who sent it and how much
st = MPI.Status()
if rank == 0:
    print("fresh status:", st.Get_source(), st.Get_tag(), st.Get_count())
ints = np.zeros(3, dtype=np.int32)
r = comm.Irecv(ints, source=MPI.ANY_SOURCE, tag=40 + rank)
mine = np.full(3, rank, dtype=np.int32)
s = comm.Isend(mine, dest=rank, tag=40 + rank)
done = r.Wait(st)
s.Wait()
if rank == 0:
    print(done, st.Get_source(), st.Get_tag(), st.source, st.tag, st.Get_count(),
          st.Get_count(MPI.INT), st.Get_count(MPI.DOUBLE), ints)
    print("test after wait:", r.Test(), s.Test(), MPI.Request.Testall([r, s]))

# Recv with status= and ANY_SOURCE gathers from every rank
if rank == 0:
    seen = [0] * size
    buf = np.zeros(2, dtype=np.int64)
    for k in range(size - 1):
        comm.Recv(buf, source=MPI.ANY_SOURCE, tag=MPI.ANY_TAG, status=st)
        seen[st.Get_source()] = int(buf[0]) + st.Get_tag()
    print("seen:", seen)
else:
    comm.Send(np.array([rank * 100, 0], dtype=np.int64), dest=0, tag=rank)

comm.Barrier()

# requests kept in a list built in a loop
bufs = [np.zeros(4) for _ in range(size)]
rs: list[MPI.Request] = []
for p in range(size):
    rs.append(comm.Irecv(bufs[p], source=p, tag=1))
sends: list[MPI.Request] = []
for p in range(size):
    sends.append(comm.Isend(np.full(4, float(rank * size + p)), dest=p, tag=1))
MPI.Request.Waitall(rs)
MPI.Request.Waitall(sends)
if rank == 0:
    print("alltoall by hand:", [float(b[0]) for b in bufs])
