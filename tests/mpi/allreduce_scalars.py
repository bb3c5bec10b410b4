# allreduce of ints and floats with SUM, PROD, MIN and MAX.
from mpi4py import MPI


def main() -> None:
    comm = MPI.COMM_WORLD
    r = comm.Get_rank()
    s = comm.allreduce(r + 1)                      # op defaults to SUM
    p = comm.allreduce(r + 1, op=MPI.PROD)
    lo = comm.allreduce(10 - r, op=MPI.MIN)
    hi = comm.allreduce(0.5 * r, op=MPI.MAX)
    f = comm.allreduce(0.25 * (r + 1), op=MPI.SUM)
    if r == 0:
        print(s, p, lo, hi, f)


main()
