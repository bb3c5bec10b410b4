# Monte-Carlo pi over the ranks with a seeded generator per rank (the
# seed's example without prange): exact agreement with CPython, as the
# serial stream is CPython's Mersenne Twister.
import random
from mpi4py import MPI


def count(n: int) -> int:
    inside = 0
    for i in range(n):
        x = random.random()
        y = random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return inside


def main() -> None:
    comm = MPI.COMM_WORLD
    r = comm.Get_rank()
    random.seed(42 + r)
    n = 20000
    total = comm.allreduce(count(n))
    if r == 0:
        print(total, 4.0 * total / (n * comm.Get_size()))


main()
