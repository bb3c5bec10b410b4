# Split COMM_WORLD into even and odd ranks; reductions inside each half.
from mpi4py import MPI


def main() -> None:
    world = MPI.COMM_WORLD
    r = world.Get_rank()
    half = world.Split(r % 2, r)
    hr = half.Get_rank()
    hs = half.Get_size()
    s = half.allreduce(r)
    both = world.allgather(s)
    dup = world.Dup()
    d = dup.allreduce(1)
    dup.Free()
    if r == 0:
        print(hr, hs, s, both, d)


main()
