# error: the datatype of a message spec must match the array's dtype
import numpy as np
from mpi4py import MPI

comm = MPI.COMM_WORLD
a = np.zeros(4)
if comm.Get_rank() == 0:
    comm.Send([a, MPI.INT], dest=1, tag=0)
