# MAXLOC and MINLOC on (value, index) pairs: the global extremes of
# distributed data and where they are, ties going to the lowest index
from mpi4py import MPI
import numpy as np

comm = MPI.COMM_WORLD
rank = comm.Get_rank()
size = comm.Get_size()

n = 5
x = np.sin(np.arange(n) * 1.3 + rank * 0.7) * (rank + 1)
i = int(np.argmax(x))
hi = comm.allreduce((float(x[i]), rank * n + i), op=MPI.MAXLOC)
j = int(np.argmin(x))
lo = comm.allreduce((float(x[j]), rank * n + j), op=MPI.MINLOC)
tie = comm.allreduce((rank % 2, 100 - rank), op=MPI.MAXLOC)
at_root = comm.reduce(((rank - 2) * (rank - 2), rank), op=MPI.MINLOC, root=0)
if rank == 0:
    print("max", hi, "min", lo, "tie", tie, "reduce:", at_root)
