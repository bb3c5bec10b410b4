# The mpi4py idiom for root-only buffers: data = None, then an array on
# the root; Scatter/Gather/Reduce take it, 'is None' tells the ranks apart
from mpi4py import MPI
import numpy as np

comm = MPI.COMM_WORLD
rank = comm.Get_rank()
size = comm.Get_size()

data = None
if rank == 0:
    data = np.arange(4 * size, dtype=np.float64)
part = np.zeros(4)
comm.Scatter(data, part, root=0)
part *= 10.0

result = None
if rank == 0:
    result = np.zeros(4 * size)
comm.Gather(part, result, root=0)
if result is not None:
    print("gathered:", result)
print_none = data is None
flags = comm.gather(print_none, root=0)
if rank == 0:
    print("None on:", flags)


def total(comm: MPI.Comm, n: int) -> float:
    buf = np.ones(n) * (comm.Get_rank() + 1)
    out = None
    if comm.Get_rank() == 0:
        out = np.zeros(n)
    comm.Reduce(buf, out, op=MPI.SUM, root=0)
    if out is None:
        return -1.0
    return float(out.sum())


t = total(comm, 3)
ts = comm.gather(t, root=0)
if rank == 0:
    print("totals:", ts)
