# Allreduce and Bcast over several dtypes: int32, uint8, float32, complex128.
import numpy as np
from mpi4py import MPI


def main() -> None:
    comm = MPI.COMM_WORLD
    r = comm.Get_rank()
    a = np.array([r, 2 * r, 3], dtype=np.int32)
    sa = np.zeros(3, dtype=np.int32)
    comm.Allreduce(a, sa)
    u = np.array([r + 1, 7], dtype=np.uint8)
    mu = np.zeros(2, dtype=np.uint8)
    comm.Allreduce(u, mu, op=MPI.MAX)
    f = np.array([0.5 * r], dtype=np.float32)
    sf = np.zeros(1, dtype=np.float32)
    comm.Allreduce(f, sf)
    z = np.array([1 + 1j * r])
    sz = np.zeros(1, dtype=np.complex128)
    comm.Allreduce(z, sz)
    if r == 0:
        print(sa, mu, sf, sz)


main()
