# error: a communicator method krait does not support yet
from mpi4py import MPI


def main() -> None:
    comm = MPI.COMM_WORLD
    if comm.Get_rank() == 0:
        comm.Scan(42, dest=1)


main()
