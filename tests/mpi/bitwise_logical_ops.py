# The logical and bitwise operators: LAND and LOR on int arrays (mpi4py's
# lowercase LAND/LOR give Python bools), BAND and BOR on values.
import numpy as np
from mpi4py import MPI


def main() -> None:
    comm = MPI.COMM_WORLD
    r = comm.Get_rank()
    flags = np.array([1, 1 if r == 0 else 0, 0], dtype=np.int32)
    land = np.zeros(3, dtype=np.int32)
    comm.Allreduce(flags, land, op=MPI.LAND)
    lor = np.zeros(3, dtype=np.int32)
    comm.Allreduce(flags, lor, op=MPI.LOR)
    band = comm.allreduce(0xFF ^ (1 << r), op=MPI.BAND)
    bor = comm.allreduce(1 << r, op=MPI.BOR)
    if r == 0:
        print(land, lor, band, bor)


main()
