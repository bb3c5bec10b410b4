"""MPI timings for bench/mpi.py, as an mpi4py program (CPython runs it with
mpi4py; krait builds it into an executable). Rank 0 prints the best time
per call of each kind, in microseconds."""
import sys

import numpy as np
from mpi4py import MPI


def bench(reps: int, n: int) -> None:
    comm = MPI.COMM_WORLD
    best_s = 1e30
    best_a = 1e30
    x = 0.0
    a = np.ones(n)
    b = np.zeros(n)
    for trial in range(5):
        comm.Barrier()
        t0 = MPI.Wtime()
        for i in range(reps):
            x = comm.allreduce(1.5, op=MPI.SUM)
        t = (MPI.Wtime() - t0) / reps
        best_s = min(best_s, comm.allreduce(t, op=MPI.MAX))
        comm.Barrier()
        t0 = MPI.Wtime()
        for i in range(10):
            comm.Allreduce(a, b, op=MPI.SUM)
        t = (MPI.Wtime() - t0) / 10
        best_a = min(best_a, comm.allreduce(t, op=MPI.MAX))
    if comm.Get_rank() == 0:
        print(f"{best_s * 1e6:.3f} {best_a * 1e6:.1f} {x} {b[0]}")


bench(int(sys.argv[1]), int(sys.argv[2]))
