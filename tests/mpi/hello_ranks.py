# Every rank reports in; rank 0 prints the sum of the ranks and the size.
from mpi4py import MPI


def main() -> None:
    comm = MPI.COMM_WORLD
    rank = comm.Get_rank()
    size = comm.Get_size()
    total = comm.allreduce(rank, op=MPI.SUM)
    comm.Barrier()
    if rank == 0:
        print("hello from", size, "ranks; ranks sum to", total)
        print(comm.rank == rank, comm.size == size)


main()
