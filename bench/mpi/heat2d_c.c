/* bench/mpi/heat2d_c.c — heat2d.py as a C programmer would write it with
 * MPI: the same decomposition, halo exchange and stencil.
 *   mpiexec -n R heat2d_c N M STEPS */
#include <mpi.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  MPI_Init(&argc, &argv);
  int rank, size;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &size);
  if (argc < 4) MPI_Abort(MPI_COMM_WORLD, 2);
  long n = atol(argv[1]), m = atol(argv[2]), steps = atol(argv[3]);
  double alpha = 0.2;
  double *u = calloc((size_t)((n + 2) * m), sizeof *u);
  double *nu = calloc((size_t)((n + 2) * m), sizeof *nu);
  for (long i = 1; i <= n; i++) u[i * m] = nu[i * m] = 100.0;
  int up = rank > 0 ? rank - 1 : MPI_PROC_NULL;
  int down = rank < size - 1 ? rank + 1 : MPI_PROC_NULL;
  MPI_Barrier(MPI_COMM_WORLD);
  double t0 = MPI_Wtime();
  for (long s = 0; s < steps; s++) {
    MPI_Sendrecv(u + m, (int)m, MPI_DOUBLE, up, 0, u + (n + 1) * m, (int)m, MPI_DOUBLE, down, 0,
                 MPI_COMM_WORLD, MPI_STATUS_IGNORE);
    MPI_Sendrecv(u + n * m, (int)m, MPI_DOUBLE, down, 1, u, (int)m, MPI_DOUBLE, up, 1,
                 MPI_COMM_WORLD, MPI_STATUS_IGNORE);
    for (long i = 1; i <= n; i++)
      for (long j = 1; j < m - 1; j++) {
        const double *c = u + i * m + j;
        nu[i * m + j] = c[0] + alpha * (c[-m] + c[m] + c[-1] + c[1] - 4.0 * c[0]);
      }
    double *t = u;
    u = nu;
    nu = t;
  }
  double t = MPI_Wtime() - t0, tmax, sum = 0.0, total;
  MPI_Allreduce(&t, &tmax, 1, MPI_DOUBLE, MPI_MAX, MPI_COMM_WORLD);
  for (long i = 1; i <= n; i++)
    for (long j = 0; j < m; j++) sum += u[i * m + j];
  MPI_Allreduce(&sum, &total, 1, MPI_DOUBLE, MPI_SUM, MPI_COMM_WORLD);
  if (rank == 0) printf("%.4f %.6f\n", tmax / (double)steps * 1e3, total);
  free(u);
  free(nu);
  MPI_Finalize();
  return 0;
}
