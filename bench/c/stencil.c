/* Hand-written C reference for examples/stencil.py: the 5-point Laplacian
 * with explicit loops over row-major arrays whose size is known at run time. */
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static void laplace(long n, long m, const double *u, double *out) {
  for (long i = 1; i < n - 1; i++)
    for (long j = 1; j < m - 1; j++)
      out[i * m + j] = u[(i - 1) * m + j] + u[(i + 1) * m + j] + u[i * m + j - 1] +
                       u[i * m + j + 1] - 4.0 * u[i * m + j];
}

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 200, reps = argc > 2 ? atol(argv[2]) : 3;
  double *u = calloc((size_t)(n * n), sizeof *u), *a = calloc((size_t)(n * n), sizeof *a);
  for (long i = 0; i < n; i++)
    for (long j = 0; j < n; j++) {
      double x = n > 1 ? (double)j / (double)(n - 1) : 0.0;
      u[i * n + j] = x * x * (double)(i + 1);
    }
  for (long r = 0; r < reps; r++) laplace(n, n, u, a);
  double s = 0;
  for (long k = 0; k < n * n; k++) s += a[k];
  printf("checksum %.6f\n", s);
  free(u);
  free(a);
  return 0;
}
