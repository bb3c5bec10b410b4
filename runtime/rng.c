/* rng.c — the random module, bit-exact with CPython.
 *
 * MT19937 seeded exactly as CPython's random.seed(int) (init_by_array over
 * the 32-bit words of abs(seed)), and the Python-level algorithms of
 * Lib/random.py (randrange via _randbelow_with_getrandbits, gauss with its
 * cached second value, shuffle, choice) transcribed step for step, so a
 * seeded krait program draws the same numbers as the same script in
 * CPython. The state is one global; per-thread streams come later.
 */
#define _GNU_SOURCE
#include <krait/rt.h>

#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

__extension__ typedef __int128 kr_i128;

#define MT_N 624
#define MT_M 397

static uint32_t mt[MT_N];
static int mti = MT_N + 1;
static bool gauss_has_next;
static double gauss_next;

static void init_genrand(uint32_t s) {
  mt[0] = s;
  for (mti = 1; mti < MT_N; mti++)
    mt[mti] = 1812433253u * (mt[mti - 1] ^ (mt[mti - 1] >> 30)) + (uint32_t)mti;
}

static void init_by_array(const uint32_t *key, size_t len) {
  init_genrand(19650218u);
  size_t i = 1, j = 0;
  for (size_t k = MT_N > len ? MT_N : len; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
    i++, j++;
    if (i >= MT_N) mt[0] = mt[MT_N - 1], i = 1;
    if (j >= len) j = 0;
  }
  for (size_t k = MT_N - 1; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
    i++;
    if (i >= MT_N) mt[0] = mt[MT_N - 1], i = 1;
  }
  mt[0] = 0x80000000u; /* MSB is 1, assuring a non-zero initial array */
  gauss_has_next = false;
}

static void next_state(void) {
  static const uint32_t mag01[2] = {0x0u, 0x9908b0dfu};
  int kk = 0;
  uint32_t y;
  for (; kk < MT_N - MT_M; kk++) {
    y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
    mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 1];
  }
  for (; kk < MT_N - 1; kk++) {
    y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
    mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1];
  }
  y = (mt[MT_N - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
  mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1];
  mti = 0;
}

uint32_t kr_random_genrand32(void) {
  if (mti >= MT_N) {
    if (mti == MT_N + 1) kr_random_seed_time(); /* never seeded: seed like CPython */
    next_state();
  }
  uint32_t y = mt[mti++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= (y >> 18);
  return y;
}

void kr_random_seed(int64_t seed) {
  uint64_t n = seed < 0 ? 0 - (uint64_t)seed : (uint64_t)seed;
  uint32_t key[2] = {(uint32_t)n, (uint32_t)(n >> 32)};
  init_by_array(key, key[1] ? 2 : 1); /* as many words as abs(seed) needs, >= 1 */
}

/* random.seed() without argument: 624 words from the OS, as CPython. */
void kr_random_seed_time(void) {
  uint32_t key[MT_N];
  if (getrandom(key, sizeof key, 0) != (ssize_t)sizeof key) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    memset(key, 0, sizeof key);
    key[0] = (uint32_t)ts.tv_sec, key[1] = (uint32_t)ts.tv_nsec, key[2] = (uint32_t)getpid();
  }
  init_by_array(key, MT_N);
}

double kr_random_random(void) {
  uint32_t a = kr_random_genrand32() >> 5, b = kr_random_genrand32() >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

double kr_random_uniform(double a, double b) { return a + (b - a) * kr_random_random(); }

/* getrandbits(k): 32-bit words, least significant first; the last word
 * keeps its top bits. */
uint64_t kr_random_getrandbits(int k) {
  if (k < 0) {
    kr_raise(KR_EXC_ValueError, "number of bits must be non-negative");
    return 0;
  }
  if (k == 0) return 0;
  if (k <= 32) return kr_random_genrand32() >> (32 - k);
  uint64_t lo = kr_random_genrand32();
  uint64_t hi = kr_random_genrand32() >> (64 - (k > 64 ? 64 : k));
  return lo | (hi << 32);
}

static int bit_length(uint64_t n) { return n ? 64 - __builtin_clzll(n) : 0; }

/* _randbelow_with_getrandbits: rejection sampling on bit_length(n) bits. */
static uint64_t randbelow_u64(uint64_t n) {
  int k = bit_length(n);
  uint64_t r = kr_random_getrandbits(k);
  while (r >= n) r = kr_random_getrandbits(k);
  return r;
}

int64_t kr_random_below(int64_t n) { return n <= 0 ? 0 : (int64_t)randbelow_u64((uint64_t)n); }

int64_t kr_random_randrange(int64_t start, int64_t stop, int64_t step) {
  kr_i128 width = (kr_i128)stop - start;
  if (step == 1) {
    if (width > 0) return (int64_t)((uint64_t)start + randbelow_u64((uint64_t)width));
    kr_raise(KR_EXC_ValueError, "empty range for randrange() (%lld, %lld, %lld)", (long long)start,
             (long long)stop, (long long)width);
    return 0;
  }
  kr_i128 n;
  if (step > 0) n = (width + step - 1) / step;
  else if (step < 0) n = (width + step + 1) / step;
  else return kr_raise(KR_EXC_ValueError, "zero step for randrange()"), 0;
  /* Python's // floors, C's truncates; they differ only when the
   * quotient is negative, and then the range is empty either way. */
  if (n <= 0) {
    kr_raise(KR_EXC_ValueError, "empty range for randrange()");
    return 0;
  }
  return (int64_t)((uint64_t)start + (uint64_t)step * randbelow_u64((uint64_t)n));
}

int64_t kr_random_randint(int64_t a, int64_t b) {
  if ((kr_i128)b + 1 > INT64_MAX) { /* b + 1 overflows int64: same draw, wider type */
    kr_i128 width = (kr_i128)b + 1 - a;
    return (int64_t)((uint64_t)a + randbelow_u64((uint64_t)width));
  }
  return kr_random_randrange(a, b + 1, 1);
}

double kr_random_gauss(double mu, double sigma) {
  double z;
  if (gauss_has_next) {
    z = gauss_next;
    gauss_has_next = false;
  } else {
    double x2pi = kr_random_random() * (2.0 * 3.141592653589793);
    double g2rad = sqrt(-2.0 * log(1.0 - kr_random_random()));
    z = cos(x2pi) * g2rad;
    gauss_next = sin(x2pi) * g2rad;
    gauss_has_next = true;
  }
  return mu + z * sigma;
}

double kr_random_normalvariate(double mu, double sigma) {
  const double magic = 4 * exp(-0.5) / sqrt(2.0);
  double z;
  for (;;) {
    double u1 = kr_random_random(), u2 = 1.0 - kr_random_random();
    z = magic * (u1 - 0.5) / u2;
    if (z * z / 4.0 <= -log(u2)) break;
  }
  return mu + z * sigma;
}

double kr_random_expovariate(double lambd) {
  double r = -log(1.0 - kr_random_random());
  if (lambd == 0.0) {
    kr_raise_zerodiv("float division by zero");
    return 0.0;
  }
  return r / lambd;
}

void kr_random_shuffle(KrList *l) {
  char tmp[64];
  int32_t es = l->esize;
  for (int64_t i = l->len - 1; i >= 1; i--) {
    int64_t j = (int64_t)randbelow_u64((uint64_t)i + 1);
    char *a = l->data + i * es, *b = l->data + j * es;
    for (int32_t off = 0; off < es; off += (int32_t)sizeof tmp) { /* swap in chunks */
      size_t k = (size_t)(es - off) < sizeof tmp ? (size_t)(es - off) : sizeof tmp;
      memcpy(tmp, a + off, k);
      memcpy(a + off, b + off, k);
      memcpy(b + off, tmp, k);
    }
  }
}

int64_t kr_random_choice_index(KrList *l) {
  if (l->len == 0) {
    kr_raise(KR_EXC_IndexError, "Cannot choose from an empty sequence");
    return 0;
  }
  return (int64_t)randbelow_u64((uint64_t)l->len);
}
