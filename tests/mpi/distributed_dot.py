# A dot product of two vectors split over the ranks: local dot, then
# Allreduce of the partial sums (as an array) and allreduce (as a value).
import numpy as np
from mpi4py import MPI


def main() -> None:
    comm = MPI.COMM_WORLD
    r = comm.Get_rank()
    n = comm.Get_size()
    per = 1000
    x = np.arange(r * per, (r + 1) * per, dtype=np.float64) * 0.5
    y = np.ones(per) * 2.0
    part = np.array([float(np.dot(x, y))])
    total = np.zeros(1)
    comm.Allreduce(part, total, op=MPI.SUM)
    again = comm.allreduce(float(part[0]))
    if r == 0:
        print(total[0], again, total[0] == (n * per) * (n * per - 1) / 2.0)


main()
