# An exception raised on every rank: each prints its traceback (krait
# prefixes "[rank N] ") and the program ends with status 1.
from mpi4py import MPI


def check(x: int) -> int:
    if x > 1:
        raise ValueError(f"bad value {x}")
    return x


def main() -> None:
    comm = MPI.COMM_WORLD
    total = comm.allreduce(1)
    if comm.Get_rank() == 0:
        print("total", total)
    check(total)
    print("not reached")


main()
