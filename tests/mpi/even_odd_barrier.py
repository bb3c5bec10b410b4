# Even and odd ranks count themselves; barriers between the phases.
from mpi4py import MPI


def main() -> None:
    comm = MPI.COMM_WORLD
    rank = comm.rank
    evens = comm.allreduce(1 if rank % 2 == 0 else 0, op=MPI.SUM)
    comm.barrier()
    odds = comm.allreduce(rank % 2, op=MPI.SUM)
    comm.Barrier()
    if rank == 0:
        print("even ranks:", evens, "odd ranks:", odds)


main()
