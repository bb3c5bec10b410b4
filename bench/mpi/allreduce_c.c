/* The same calls in hand-written C: bench/mpi.py's reference. */
#include <mpi.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  MPI_Init(&argc, &argv);
  int reps = atoi(argv[1]), n = atoi(argv[2]), rank;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  double *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b), x = 0, bs = 1e30, ba = 1e30;
  for (int i = 0; i < n; i++) a[i] = 1.0;
  for (int trial = 0; trial < 5; trial++) {
    MPI_Barrier(MPI_COMM_WORLD);
    double t0 = MPI_Wtime(), v = 1.5, t, tm;
    for (int i = 0; i < reps; i++) MPI_Allreduce(&v, &x, 1, MPI_DOUBLE, MPI_SUM, MPI_COMM_WORLD);
    t = (MPI_Wtime() - t0) / reps;
    MPI_Allreduce(&t, &tm, 1, MPI_DOUBLE, MPI_MAX, MPI_COMM_WORLD);
    if (tm < bs) bs = tm;
    MPI_Barrier(MPI_COMM_WORLD);
    t0 = MPI_Wtime();
    for (int i = 0; i < 10; i++) MPI_Allreduce(a, b, n, MPI_DOUBLE, MPI_SUM, MPI_COMM_WORLD);
    t = (MPI_Wtime() - t0) / 10;
    MPI_Allreduce(&t, &tm, 1, MPI_DOUBLE, MPI_MAX, MPI_COMM_WORLD);
    if (tm < ba) ba = tm;
  }
  if (rank == 0) printf("%.3f %.1f %g %g\n", bs * 1e6, ba * 1e6, x, b[0]);
  MPI_Finalize();
  return 0;
}
