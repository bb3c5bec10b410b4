# error: the lowercase methods take int and float values, not arrays
import numpy as np
from mpi4py import MPI


def main() -> None:
    comm = MPI.COMM_WORLD
    a = np.ones(3)
    b = comm.allreduce(a)
    print(b)


main()
