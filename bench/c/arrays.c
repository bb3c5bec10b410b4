/* Hand-written C references for bench/arrays.py: the 5-point stencil on a
 * 2000x2000 grid and the STREAM triad on 10^7 doubles, best of N runs. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

__attribute__((noinline)) static void laplace(long n, long m, const double *u, double *out) {
  for (long i = 1; i < n - 1; i++)
    for (long j = 1; j < m - 1; j++)
      out[i * m + j] = u[(i - 1) * m + j] + u[(i + 1) * m + j] + u[i * m + j - 1] +
                       u[i * m + j + 1] - 4.0 * u[i * m + j];
}

__attribute__((noinline)) static void triad(long n, const double *b, const double *c, double s,
                                            double *out) {
  for (long i = 0; i < n; i++) out[i] = b[i] + s * c[i];
}

int main(int argc, char **argv) {
  int reps = argc > 1 ? atoi(argv[1]) : 3;
  long n = 2000, big = 10000000;
  double *u = malloc(sizeof(double) * n * n), *w = calloc((size_t)(n * n), sizeof(double));
  for (long k = 0; k < n * n; k++) u[k] = 1.0;
  double best = 1e30;
  for (int r = 0; r <= reps; r++) {
    double t = now();
    laplace(n, n, u, w);
    t = now() - t;
    if (r && t < best) best = t;
  }
  printf("stencil %.9f\n", best);
  double *b = malloc(sizeof(double) * big), *c = malloc(sizeof(double) * big);
  double *o = calloc((size_t)big, sizeof(double));
  for (long k = 0; k < big; k++) b[k] = 1.0 + 0.5 * (double)k / (double)big, c[k] = 0.25;
  best = 1e30;
  for (int r = 0; r <= reps; r++) {
    double t = now();
    triad(big, b, c, 3.0, o);
    t = now() - t;
    if (r && t < best) best = t;
  }
  printf("triad %.9f %.3f\n", best, o[big / 2]);
  return 0;
}
