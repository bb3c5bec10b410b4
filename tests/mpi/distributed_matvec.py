# A matrix-vector product with rows split over the ranks: each rank
# computes its rows, Allgather assembles y on every rank.
import numpy as np
from mpi4py import MPI


def rows_times(a: "f64[:, :]", x: "f64[:]", out: "f64[:]") -> None:
    for i in range(a.shape[0]):
        s = 0.0
        for j in range(a.shape[1]):
            s += a[i, j] * x[j]
        out[i] = s


def main() -> None:
    comm = MPI.COMM_WORLD
    r = comm.Get_rank()
    n = comm.Get_size()
    per, m = 2, 5
    a = np.arange(float(per * m)).reshape(per, m) + 10.0 * r
    x = np.linspace(0.0, 1.0, m)
    mine = np.zeros(per)
    rows_times(a, x, mine)
    y = np.zeros(per * n)
    comm.Allgather(mine, y)
    if r == 0:
        print(y)


main()
