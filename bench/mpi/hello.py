"""Start-up: the smallest mpi4py program."""
from mpi4py import MPI

comm = MPI.COMM_WORLD
if comm.Get_rank() == 0:
    print("hello from", comm.Get_size(), "ranks")
