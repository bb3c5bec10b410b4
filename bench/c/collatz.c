/* Hand-written C reference for examples/collatz.py. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static int64_t collatz_len(int64_t n) {
  int64_t steps = 1;
  while (n != 1) {
    n = n % 2 == 0 ? n / 2 : 3 * n + 1;
    steps++;
  }
  return steps;
}

int main(int argc, char **argv) {
  int64_t limit = argc > 1 ? atoll(argv[1]) : 100000, best = 1, best_len = 1;
  for (int64_t i = 1; i < limit; i++) {
    int64_t k = collatz_len(i);
    if (k > best_len) {
      best = i;
      best_len = k;
    }
  }
  printf("longest chain below %lld: start %lld, length %lld\n", (long long)limit,
         (long long)best, (long long)best_len);
  return 0;
}
