/* STREAM triad a[i] = b[i] + s * c[i] in C with OpenMP, the reference
 * bandwidth for bench/parallel.py: best of 10 passes over 2e7 doubles. */
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  const long n = 20000000;
  double *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b), *c = malloc(n * sizeof *c);
#pragma omp parallel for
  for (long i = 0; i < n; i++) a[i] = 0.0, b[i] = 1.0, c[i] = 2.0;
  double best = 1e30;
  for (int r = 0; r < 10; r++) {
    double t0 = omp_get_wtime();
#pragma omp parallel for
    for (long i = 0; i < n; i++) a[i] = b[i] + 3.0 * c[i];
    double t = omp_get_wtime() - t0;
    if (t < best) best = t;
  }
  printf("%.6f %g\n", best, a[n / 2]);
  return 0;
}
