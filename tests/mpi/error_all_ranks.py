# An exception raised on every rank: each prints its traceback (krait
# prefixes "[rank N] ") and the program ends with status 1. Nothing is
# printed before it: MPI_Abort may end the job before mpiexec forwards a
# rank's earlier output.
from mpi4py import MPI


def check(x: int) -> int:
    if x > 1:
        raise ValueError(f"bad value {x}")
    return x


def main() -> None:
    comm = MPI.COMM_WORLD
    total = comm.allreduce(1)
    check(total)                  # raises on every rank when there are 2 or more
    print("one rank: no error")


main()
