# error: a tuple reduces with MAX, MIN, MAXLOC or MINLOC (SUM would join tuples)
from mpi4py import MPI

comm = MPI.COMM_WORLD
best = comm.allreduce((1.5, comm.Get_rank()), op=MPI.SUM)
print(best)
