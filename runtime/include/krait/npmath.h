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

/* Array glue for generated code (runtime/array_glue.c). */
/** Dimension `axis` of the broadcast shape of n operands (rank ndim);
 *  numpy's ValueError when they cannot be broadcast together. */
int64_t kr_broadcast_dim(int32_t ndim, int32_t axis, int32_t n, KrArray *const *arrs);
/** dst[...] = expression of n array operands: the operands must broadcast
 *  together, and the result to dst's shape (numpy's messages). */
bool kr_broadcast_assign(KrArray *dst, int32_t n, KrArray *const *arrs);
/** np.sum of a float array in numpy's summation order. */
double kr_array_sum_f64(KrArray *a);
float kr_array_sum_f32(KrArray *a);
/** np.var of a float64 array in numpy's order (pairwise sums). */
double kr_array_var_f64(KrArray *a, int64_t ddof);
/** The same array, seen through a type with fewer promises (codegen aid). */
static inline KrArray *kr_array_as(KrArray *a) { return a; }
/** a itself when C-contiguous (a `::1` parameter), else ValueError. */
KrArray *kr_array_require_contig(KrArray *a);
/** ValueError for an empty min/max/argmin/argmax (which: 0, 1, 2, 3). */
int64_t kr_array_empty_reduce(int32_t which) KR_COLD;

#endif
