# gather and scatter of values: rank 0 hands out one value per rank, each
# rank transforms it, and rank 0 gathers the results.
from mpi4py import MPI


def main() -> None:
    comm = MPI.COMM_WORLD
    r = comm.Get_rank()
    n = comm.Get_size()
    work = [10 * (k + 1) for k in range(n)]    # read on the root only
    mine = comm.scatter(work, root=0)
    done = comm.gather(mine * mine + r, root=0)
    halves = comm.gather(mine / 4, root=0)
    if r == 0:
        print(done, halves, sum(done))


main()
