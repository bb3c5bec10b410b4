/* Hand-written C reference for examples/nbody.py. As in the Python, the
 * number of bodies is a run-time value (noinline keeps gcc from
 * specialising the loops for n == 5). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static double energy(int N, double *x, double *y, double *z, double *vx, double *vy, double *vz,
                     double *m) {
  double e = 0.0;
  for (int i = 0; i < N; i++) {
    e += 0.5 * m[i] * (vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i]);
    for (int j = i + 1; j < N; j++) {
      double dx = x[i] - x[j], dy = y[i] - y[j], dz = z[i] - z[j];
      e -= m[i] * m[j] / sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

__attribute__((noinline)) static void advance(int N, double *x, double *y, double *z, double *vx, double *vy, double *vz,
                    double *m, double dt, long steps) {
  for (long s = 0; s < steps; s++) {
    for (int i = 0; i < N; i++)
      for (int j = i + 1; j < N; j++) {
        double dx = x[i] - x[j], dy = y[i] - y[j], dz = z[i] - z[j];
        double d2 = dx * dx + dy * dy + dz * dz;
        double mag = dt / (d2 * sqrt(d2));
        vx[i] -= dx * m[j] * mag;
        vy[i] -= dy * m[j] * mag;
        vz[i] -= dz * m[j] * mag;
        vx[j] += dx * m[i] * mag;
        vy[j] += dy * m[i] * mag;
        vz[j] += dz * m[i] * mag;
      }
    for (int i = 0; i < N; i++) {
      x[i] += dt * vx[i];
      y[i] += dt * vy[i];
      z[i] += dt * vz[i];
    }
  }
}

int main(int argc, char **argv) {
  long steps = argc > 1 ? atol(argv[1]) : 1000;
  double x[] = {0.0, 4.84, 8.34, 12.89, 15.37}, y[] = {0.0, -1.16, 4.12, -15.11, -25.91};
  double z[] = {0.0, -0.10, -0.40, -0.22, 0.17}, vx[] = {0.0, 0.606, -1.010, 1.082, 0.979};
  double vy[] = {0.0, 2.811, 1.825, 0.868, 0.594}, vz[] = {0.0, -0.025, 0.008, -0.010, -0.034};
  double m[] = {39.47, 0.037, 0.011, 0.0017, 0.0020};
  printf("energy before: %.9f\n", energy(5, x, y, z, vx, vy, vz, m));
  advance(5, x, y, z, vx, vy, vz, m, 0.01, steps);
  printf("energy after:  %.9f\n", energy(5, x, y, z, vx, vy, vz, m));
  return 0;
}
