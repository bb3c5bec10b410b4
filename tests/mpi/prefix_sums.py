# Exclusive prefix sums of one value per rank, from allgather.
from mpi4py import MPI


def main() -> None:
    comm = MPI.COMM_WORLD
    r = comm.Get_rank()
    vals = comm.allgather(r * r + 1)
    before = 0
    for k in range(r):
        before += vals[k]
    offsets = comm.allgather(before)
    if r == 0:
        print(vals, offsets)


main()
