# Split into groups by rank % 3; each group's root broadcasts its id.
import numpy as np
from mpi4py import MPI


def main() -> None:
    world = MPI.COMM_WORLD
    r = world.Get_rank()
    group = world.Split(r % 3, -r)         # key -r: the highest rank leads
    lead = group.bcast(r, root=0)
    buf = np.array([float(r)])
    group.Bcast(buf, root=group.Get_size() - 1)
    leaders = world.allgather(lead)
    lows = world.allgather(float(buf[0]))
    group.Free()
    if r == 0:
        print(leaders, lows)


main()
