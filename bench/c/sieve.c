/* Hand-written C reference for examples/sieve.py. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  int64_t n = argc > 1 ? atoll(argv[1]) : 1000000;
  bool *is_prime = malloc((size_t)n + 1);
  for (int64_t i = 0; i <= n; i++) is_prime[i] = true;
  is_prime[0] = is_prime[1] = false;
  for (int64_t i = 2; i * i <= n; i++)
    if (is_prime[i])
      for (int64_t j = i * i; j <= n; j += i) is_prime[j] = false;
  int64_t count = 0;
  for (int64_t i = 0; i <= n; i++) count += is_prime[i];
  printf("primes up to %lld: %lld\n", (long long)n, (long long)count);
  free(is_prime);
  return 0;
}
