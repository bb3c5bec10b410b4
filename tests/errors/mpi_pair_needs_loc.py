# error: a tuple reduces only with MAXLOC or MINLOC
from mpi4py import MPI

comm = MPI.COMM_WORLD
best = comm.allreduce((1.5, comm.Get_rank()), op=MPI.MAX)
print(best)
