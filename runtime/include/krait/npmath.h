/* krait/npmath.h — numpy's element semantics where they differ from
 * Python's scalars (included by rt.h). numpy only warns where Python
 * raises: integer division by zero gives 0, float division by zero gives
 * inf or nan. */
#ifndef KRAIT_NPMATH_H
#define KRAIT_NPMATH_H

/** np.floor_divide for ints: 0 when b == 0 (numpy warns). */
static inline int64_t kr_np_floordiv_i64(int64_t a, int64_t b) {
  return b == 0 ? 0 : kr_floordiv_i64(a, b);
}
/** np.remainder for ints: 0 when b == 0. */
static inline int64_t kr_np_mod_i64(int64_t a, int64_t b) { return b == 0 ? 0 : kr_mod_i64(a, b); }
/** np.floor_divide for floats: a / b (inf or nan) when b == 0. */
static inline double kr_np_floordiv_f64(double a, double b) {
  return b == 0.0 ? a / b : kr_floordiv_f64(a, b);
}
/** np.remainder for floats: nan when b == 0. */
static inline double kr_np_mod_f64(double a, double b) {
  return b == 0.0 ? fmod(a, b) : kr_mod_f64(a, b);
}
/** np.minimum / np.maximum for floats: a NaN in either operand wins. */
static inline double kr_np_minimum_f64(double a, double b) { return (a < b || a != a) ? a : b; }
static inline double kr_np_maximum_f64(double a, double b) { return (a > b || a != a) ? a : b; }

int64_t kr_np_pow_neg(void) KR_COLD;
/** np.power for ints (wrapping); a negative exponent raises numpy's
 *  ValueError('Integers to negative integer powers are not allowed.'). */
static inline int64_t kr_np_pow_i64(int64_t base, int64_t exp) {
  if (KR_UNLIKELY(exp < 0)) return kr_np_pow_neg();
  uint64_t r = 1, b = (uint64_t)base;
  for (uint64_t e = (uint64_t)exp; e; e >>= 1) {
    if (e & 1) r *= b;
    b *= b;
  }
  return (int64_t)r;
}

/** Three-way float comparison: -1, 0, 1, or 2 when a NaN leaves the pair
 *  unordered (then == is false and != true, as in Python). */
static inline int kr_cmp3_f64(double x, double y) {
  return x < y ? -1 : x > y ? 1 : x == y ? 0 : 2;
}
/** Does a three-way result c satisfy op (0 <, 1 <=, 2 >, 3 >=, 4 ==, 5 !=)? */
static inline bool kr_cmp_holds(int c, int op) {
  if (c == 2) return op == 5;
  switch (op) {
  case 0: return c < 0;
  case 1: return c <= 0;
  case 2: return c > 0;
  case 3: return c >= 0;
  case 4: return c == 0;
  default: return c != 0;
  }
}

/** int op float compared exactly, as Python does (op: 0 <, 1 <=, 2 >, 3 >=,
 *  4 ==, 5 !=). A double is exact for |a| <= 2**53; beyond, compare with
 *  the float's integer part. */
static inline bool kr_cmp_i64_f64(int64_t a, double b, int op) {
  int c;
  if (b != b) return kr_cmp_holds(2, op);
  if (a >= -9007199254740992LL && a <= 9007199254740992LL) {
    double da = (double)a;
    c = (da > b) - (da < b);
  } else if (b >= 9223372036854775808.0) {
    c = -1;
  } else if (b < -9223372036854775808.0) {
    c = 1;
  } else {
    double fb = floor(b);
    int64_t ib = (int64_t)fb;
    c = a != ib ? (a < ib ? -1 : 1) : (b > fb ? -1 : 0);
  }
  return kr_cmp_holds(c, op);
}

/** The number of values of range(lo, hi, step), step != 0, without
 *  overflow (the loops generated for steps other than 1 count trips). */
static inline int64_t kr_range_len(int64_t lo, int64_t hi, int64_t step) {
  if (step > 0) return lo < hi ? (int64_t)(((uint64_t)hi - (uint64_t)lo - 1) / (uint64_t)step + 1) : 0;
  return lo > hi ? (int64_t)(((uint64_t)lo - (uint64_t)hi - 1) / (0 - (uint64_t)step) + 1) : 0;
}

/* Array glue for generated code (runtime/array_glue.c). */
/** Dimension `axis` of the broadcast shape of n operands (rank ndim);
 *  numpy's ValueError when they cannot be broadcast together. */
int64_t kr_broadcast_dim(int32_t ndim, int32_t axis, const char *prog, int32_t n,
                         KrArray *const *arrs);
/** dst[...] = expression of n array operands: the operands must broadcast
 *  together, and the result to dst's shape (numpy's messages). */
bool kr_broadcast_assign(KrArray *dst, const char *prog, int32_t n, KrArray *const *arrs);
/** np.sum of a float array in numpy's summation order. */
double kr_array_sum_f64(KrArray *a);
float kr_array_sum_f32(KrArray *a);
/** np.var of a float64 array in numpy's order (pairwise sums). */
double kr_array_var_f64(KrArray *a, int64_t ddof);
/** a @ b and np.dot for 1-D/2-D operands (at least one 2-D), result dtype
 *  dt: CBLAS for float64, exact loops for ints (runtime/blas.c). */
KrArray *kr_array_matmul(KrArray *a, KrArray *b, KrDType dt, bool dot);
/** np.sort(a): a sorted copy along the last axis, NaN last (array_ops.c). */
KrArray *kr_array_sort(KrArray *a);
/** np.argsort(a): stable int64 indices along the last axis (array_ops.c). */
KrArray *kr_array_argsort(KrArray *a);
/** Pairwise sum of squared deviations from mean (np.var along the last axis). */
double kr_pairwise_sqdev_f64(const double *p, int64_t n, int64_t stride, double mean);
/** np.concatenate((a, b, ...), axis) into dtype dt. */
KrArray *kr_array_concatenate(int32_t n, KrArray *const *arrs, int32_t axis, KrDType dt);
/** The same array, seen through a type with fewer promises (codegen aid). */
static inline KrArray *kr_array_as(KrArray *a) { return a; }
/** a itself when C-contiguous (a `::1` parameter), else ValueError. */
KrArray *kr_array_require_contig(KrArray *a);
/** ValueError for an empty min/max/argmin/argmax (which: 0, 1, 2, 3). */
int64_t kr_array_empty_reduce(int32_t which) KR_COLD;

#endif
