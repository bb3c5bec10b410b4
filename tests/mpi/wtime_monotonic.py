# MPI.Wtime() advances; MPI.Wtick() is a small positive resolution.
from mpi4py import MPI


def busy(n: int) -> int:
    s = 0
    for i in range(n):
        s += i % 7
    return s


def main() -> None:
    t0 = MPI.Wtime()
    s = busy(1000000)
    t1 = MPI.Wtime()
    if MPI.COMM_WORLD.Get_rank() == 0:
        print(s, t1 >= t0, 0.0 < MPI.Wtick() < 1.0)


main()
