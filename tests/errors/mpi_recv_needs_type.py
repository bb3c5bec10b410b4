from mpi4py import MPI

comm = MPI.COMM_WORLD
x = comm.recv(source=0)
print(x)
