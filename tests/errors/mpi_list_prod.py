# error: lists reduce with MPI.SUM, MAX or MIN only (PROD would be list * list)
from mpi4py import MPI

comm = MPI.COMM_WORLD
best = comm.allreduce([1.0, 2.0], op=MPI.PROD)
print(best)
