# error: an uppercase method needs a numpy array buffer
from mpi4py import MPI


def main() -> None:
    comm = MPI.COMM_WORLD
    x = 1.5
    comm.Bcast(x, root=0)


main()
