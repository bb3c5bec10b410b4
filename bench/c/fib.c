/* Hand-written C reference for examples/fib.py. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static int64_t fib(int64_t n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(int argc, char **argv) {
  int64_t n = argc > 1 ? atoll(argv[1]) : 25;
  printf("fib(%lld) = %lld\n", (long long)n, (long long)fib(n));
  return 0;
}
