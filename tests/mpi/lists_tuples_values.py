# Lowercase methods on tuples and lists of numbers: bcast, gather,
# allgather, scatter (of lists and of tuples), send/recv with annotated
# list and tuple types; no pickling
from mpi4py import MPI

comm = MPI.COMM_WORLD
rank = comm.Get_rank()
size = comm.Get_size()

params = [0.5, 1.5, 2.5] if rank == 0 else [0.0]
params = comm.bcast(params, root=0)
pair = comm.bcast((rank + 10, 2.5 * rank), root=size - 1)
if rank == 0:
    print("bcast:", params, pair)

rows = comm.gather([float(rank)] * (rank + 1), root=0)
pts = comm.allgather((rank, rank * rank))
if rank == 0:
    print("gather:", rows)
    print("allgather:", pts)

work = [[k * 10 + j for j in range(k + 1)] for k in range(size)]
mine = comm.scatter(work, root=0)
one = comm.scatter([(k, k + 0.5) for k in range(size)], root=0)
total = comm.allreduce(sum(mine), op=MPI.SUM)
if rank == 0:
    print("scatter:", mine, one, "total", total)

if size > 1:
    if rank == 1:
        comm.send([(1, 2.0), (3, 4.0)], dest=0, tag=4)
        comm.send((True, 7), dest=0, tag=5)
    if rank == 0:
        got: list[tuple[int, float]] = comm.recv(source=1, tag=4)
        flag: tuple[bool, int] = comm.recv(source=1, tag=5)
        print("recv:", got, flag)

# bools stay bools
first = comm.bcast(rank == 0, root=0)
evens = comm.allgather(rank % 2 == 0)
odd = comm.scatter([k % 2 == 1 for k in range(size)], root=0)
firsts = comm.gather(rank == 0, root=0)
if rank == 0:
    print("bools:", first, evens, odd, firsts)

# sendrecv around the ring: a list, a tuple and a bool come back
right = (rank + 1) % size
left = (rank - 1) % size
got_list = comm.sendrecv([float(rank)] * (rank + 1), dest=right, source=left)
got_pair = comm.sendrecv((rank, 0.5 * rank), dest=right, sendtag=3, source=left, recvtag=3)
got_flag = comm.sendrecv(rank % 2 == 0, dest=right, source=left)
if rank == 0:
    print("sendrecv:", got_list, got_pair, got_flag)

# MPI.SUM on lists is Python's +: the ranks' lists joined in rank order
joined = comm.allreduce([rank, rank * 10], op=MPI.SUM)
at_root = comm.reduce([float(rank)] * 2, op=MPI.SUM, root=0)
if rank == 0:
    print("list sums:", joined, at_root)

# MPI.MAX and MPI.MIN compare lists and tuples as Python does
top = comm.allreduce([rank % 3, rank], op=MPI.MAX)
low = comm.allreduce((rank % 2, -rank), op=MPI.MIN)
shortest = comm.allreduce([float(rank % 2)] * (rank + 1), op=MPI.MIN)
best = comm.reduce((rank % 3, rank * 0.5), op=MPI.MAX, root=0)
if rank == 0:
    print("max/min:", top, low, shortest, best)
