# sendrecv of values around the ring: each rank gets its left neighbour's.
from mpi4py import MPI


def main() -> None:
    comm = MPI.COMM_WORLD
    r = comm.Get_rank()
    n = comm.Get_size()
    left = comm.sendrecv(r * 100, dest=(r + 1) % n, source=(r - 1) % n)
    lf = comm.sendrecv(r + 0.5, dest=(r + 1) % n, sendtag=3, source=(r - 1) % n, recvtag=3)
    got = comm.allgather(left)
    if r == 0:
        print(got, lf)


main()
