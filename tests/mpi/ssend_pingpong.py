# Ping-pong with Ssend/Recv between ranks 0 and 1 (others idle).
import numpy as np
from mpi4py import MPI


def main() -> None:
    comm = MPI.COMM_WORLD
    r = comm.Get_rank()
    buf = np.zeros(5, dtype=np.int32)
    if comm.Get_size() >= 2:
        for k in range(3):
            if r == 0:
                buf[:] = k
                comm.Ssend(buf, dest=1, tag=k)
                comm.Recv(buf, source=1, tag=k)
            elif r == 1:
                comm.Recv(buf, source=0, tag=k)
                buf += 10
                comm.Ssend(buf, dest=0, tag=k)
    if r == 0:
        print(buf)


main()
