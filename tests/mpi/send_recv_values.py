# send/recv of int, float and bool values (recv takes its type from the
# annotation of the variable), with ANY_SOURCE/ANY_TAG, a Status and PROC_NULL
from mpi4py import MPI

comm = MPI.COMM_WORLD
rank = comm.Get_rank()
size = comm.Get_size()

# a token passed around the ring with send/recv of values
if size > 1:
    if rank == 0:
        comm.send(1.5, dest=1, tag=11)
        back: float = comm.recv(source=size - 1, tag=11)
        print("token back:", back)
    else:
        t: float = comm.recv(source=rank - 1, tag=11)
        comm.send(t * 2, dest=(rank + 1) % size, tag=11)

# ints and bools, with a status
st = MPI.Status()
if rank != 0:
    comm.send(rank * rank, dest=0, tag=rank)
    comm.Barrier()
    comm.send(rank % 2 == 0, dest=0, tag=100)
else:
    total = 0
    evens = 0
    for k in range(size - 1):
        v: int = comm.recv(source=MPI.ANY_SOURCE, tag=MPI.ANY_TAG, status=st)
        total += v + st.Get_tag()
    comm.Barrier()
    for k in range(size - 1):
        e: bool = comm.recv(source=MPI.ANY_SOURCE, tag=100)
        if e:
            evens += 1
    print("sum of squares + tags:", total, "even ranks:", evens)

# to itself, through PROC_NULL nothing happens
comm.send(7, dest=MPI.PROC_NULL)
if rank == 0:
    print("done")
