/* rng.c — the random module, bit-exact with CPython.
 *
 * MT19937 seeded exactly as CPython's random.seed(int) (init_by_array over
 * the 32-bit words of abs(seed)), and the Python-level algorithms of
 * Lib/random.py (randrange via _randbelow_with_getrandbits, gauss with its
 * cached second value, shuffle, choice) transcribed step for step, so a
 * seeded krait program draws the same numbers as the same script in
 * CPython. The state is one global, for serial code; inside prange loops
 * draws come from counter-based streams (below).
 */
#define _GNU_SOURCE
#include <krait/rt.h>

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

__extension__ typedef __int128 kr_i128;

#define MT_N 624
#define MT_M 397

/* One Mersenne Twister: Python's random module has one, numpy's legacy
 * np.random (RandomState) another, seeded differently. */
typedef struct Mt {
  uint32_t mt[MT_N];
  int mti;
  bool gauss_has_next;
  double gauss_next;
} Mt;

static Mt py_mt = {.mti = MT_N + 1}, np_mt = {.mti = MT_N + 1};

static void init_genrand(Mt *m, uint32_t s) {
  m->mt[0] = s;
  for (m->mti = 1; m->mti < MT_N; m->mti++)
    m->mt[m->mti] = 1812433253u * (m->mt[m->mti - 1] ^ (m->mt[m->mti - 1] >> 30)) + (uint32_t)m->mti;
  m->gauss_has_next = false;
}

static void init_by_array(Mt *m, const uint32_t *key, size_t len) {
  uint32_t *mt = m->mt;
  init_genrand(m, 19650218u);
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
  m->gauss_has_next = false;
}

static void next_state(Mt *m) {
  static const uint32_t mag01[2] = {0x0u, 0x9908b0dfu};
  uint32_t *mt = m->mt;
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
  m->mti = 0;
}

static void seed_from_os(Mt *m);

static uint32_t genrand32(Mt *m) {
  if (m->mti >= MT_N) {
    if (m->mti == MT_N + 1) seed_from_os(m); /* never seeded: seed like CPython */
    next_state(m);
  }
  uint32_t y = m->mt[m->mti++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= (y >> 18);
  return y;
}

/* ---- inside prange: counter-based streams ----
 * In a parallel loop each iteration draws from its own stream: Philox4x32-10
 * (Salmon et al., SC'11) keyed by the seed, with the iteration number and a
 * block count as the counter. Draws depend on the seed and the iteration
 * only, never on which thread ran it, so results are the same for any
 * number of threads. The key follows random.seed(); unseeded, it comes
 * from the OS, once. */
static uint64_t par_key;
static pthread_once_t par_key_once = PTHREAD_ONCE_INIT;
static _Thread_local bool par_on;
static _Thread_local KrRngStream par;

static uint64_t splitmix64(uint64_t x) {
  x += 0x9e3779b97f4a7c15u;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9u;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebu;
  return x ^ (x >> 31);
}

static void par_key_from_os(void) {
  uint64_t k = 0;
  if (getrandom(&k, sizeof k, 0) != (ssize_t)sizeof k) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    k = (uint64_t)ts.tv_sec * 1000000007u ^ (uint64_t)ts.tv_nsec ^ (uint64_t)getpid();
  }
  if (!__atomic_load_n(&par_key, __ATOMIC_RELAXED)) par_key = splitmix64(k) | 1;
}

uint64_t kr_rng_key(void) {
  uint64_t k = __atomic_load_n(&par_key, __ATOMIC_RELAXED);
  if (k) return k;
  pthread_once(&par_key_once, par_key_from_os);
  return __atomic_load_n(&par_key, __ATOMIC_RELAXED);
}

static uint32_t par_next32(void) { return kr_stream_next32(&par); }

void kr_rng_iteration(int64_t k) {
  par_on = true;
  kr_stream_start(&par, kr_rng_key(), k);
}

void kr_rng_serial(void) { par_on = false; }

/* The next 32 bits of m, or of the iteration's stream inside prange. */
static uint32_t next32(Mt *m) { return par_on ? par_next32() : genrand32(m); }

uint32_t kr_random_genrand32(void) { return next32(&py_mt); }

void kr_random_seed(int64_t seed) {
  uint64_t n = seed < 0 ? 0 - (uint64_t)seed : (uint64_t)seed;
  __atomic_store_n(&par_key, splitmix64(n) | 1, __ATOMIC_RELAXED); /* abs(), as MT's key */
  uint32_t key[2] = {(uint32_t)n, (uint32_t)(n >> 32)};
  init_by_array(&py_mt, key, key[1] ? 2 : 1); /* as many words as abs(seed) needs, >= 1 */
}

/* seed() without argument: 624 words from the OS, as CPython and numpy. */
static void seed_from_os(Mt *m) {
  uint32_t key[MT_N];
  if (getrandom(key, sizeof key, 0) != (ssize_t)sizeof key) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    memset(key, 0, sizeof key);
    key[0] = (uint32_t)ts.tv_sec, key[1] = (uint32_t)ts.tv_nsec, key[2] = (uint32_t)getpid();
  }
  init_by_array(m, key, MT_N);
}

void kr_random_seed_time(void) { seed_from_os(&py_mt); }

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
  if (par_on) { /* no cached second value across iterations */
    double x2pi = kr_random_random() * (2.0 * 3.141592653589793);
    return mu + cos(x2pi) * sqrt(-2.0 * log(1.0 - kr_random_random())) * sigma;
  }
  if (py_mt.gauss_has_next) {
    z = py_mt.gauss_next;
    py_mt.gauss_has_next = false;
  } else {
    double x2pi = kr_random_random() * (2.0 * 3.141592653589793);
    double g2rad = sqrt(-2.0 * log(1.0 - kr_random_random()));
    z = cos(x2pi) * g2rad;
    py_mt.gauss_next = sin(x2pi) * g2rad;
    py_mt.gauss_has_next = true;
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

/* ---- numpy's legacy np.random (RandomState), bit-exact ----
 * seed(int) is init_genrand (not CPython's init_by_array); random() uses
 * the same 53-bit formula as CPython; normal() is the polar Box-Muller
 * method caching its second value; randint() rejects masked draws. */
static double np_double(void) {
  uint32_t a = next32(&np_mt) >> 5, b = next32(&np_mt) >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

void kr_np_random_seed(int64_t seed) {
  if (seed < 0 || seed > 0xFFFFFFFFll) {
    kr_raise(KR_EXC_ValueError, "Seed must be between 0 and 2**32 - 1");
    return;
  }
  __atomic_store_n(&par_key, splitmix64((uint64_t)seed) ^ 0x6e756d7079u, __ATOMIC_RELAXED);
  init_genrand(&np_mt, (uint32_t)seed);
}

void kr_np_random_seed_time(void) { seed_from_os(&np_mt); }

double kr_np_random_random(void) { return np_double(); }

double kr_np_random_uniform(double low, double high) { return low + (high - low) * np_double(); }

double kr_np_random_normal(double loc, double scale) {
  if (scale < 0.0) {
    kr_raise(KR_EXC_ValueError, "scale < 0");
    return 0.0;
  }
  double z;
  if (!par_on && np_mt.gauss_has_next) {
    np_mt.gauss_has_next = false;
    z = np_mt.gauss_next;
  } else {
    double x1, x2, r2;
    do {
      x1 = 2.0 * np_double() - 1.0;
      x2 = 2.0 * np_double() - 1.0;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 == 0.0);
    double f = sqrt(-2.0 * log(r2) / r2);
    if (!par_on) { /* inside prange no value is carried to another draw */
      np_mt.gauss_next = f * x1;
      np_mt.gauss_has_next = true;
    }
    z = f * x2;
  }
  return loc + scale * z;
}

int64_t kr_np_random_randint(int64_t low, int64_t high) {
  if (low >= high) {
    kr_raise(KR_EXC_ValueError, "low >= high");
    return 0;
  }
  uint64_t rng = (uint64_t)high - (uint64_t)low - 1, mask = rng, val;
  if (rng == 0) return low;
  for (int k = 1; k < 64; k *= 2) mask |= mask >> k;
  if (rng <= 0xFFFFFFFFu) {
    if (rng == 0xFFFFFFFFu) return (int64_t)((uint64_t)low + next32(&np_mt));
    do val = next32(&np_mt) & mask; while (val > rng);
  } else {
    do {
      uint64_t hi = next32(&np_mt);
      val = ((hi << 32) | next32(&np_mt)) & mask;
    } while (val > rng);
  }
  return (int64_t)((uint64_t)low + val);
}
