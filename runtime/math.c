/* math.c — slow paths of Python arithmetic, the math module, complex ops.
 *
 * The fast paths live inline in rt.h; this file holds what is rare or long:
 * float ** float special cases, round(x, n), conversions, CPython's own
 * gamma/lgamma (Lanczos, so results match CPython bit for bit rather than
 * glibc's tgamma), and complex division and power written with CPython's
 * formulas (C99's complex operators recover infinities differently).
 */
#define _GNU_SOURCE
#include <krait/rt.h>

#include <complex.h>
#include <errno.h>
#include <float.h>
#include <stdlib.h>
#include <string.h>

__extension__ typedef unsigned __int128 kr_u128;

/* ------------------------------------------------------------------ */
/* Arithmetic slow paths                                               */
/* ------------------------------------------------------------------ */

/* int / int when an operand is beyond 2**53: the quotient of the exact
 * integers, rounded once. Scale the numerator so the 128-bit quotient has
 * at least 55 bits, fold the remainder into a sticky bit, convert. */
double kr_truediv_i64_slow(int64_t a, int64_t b) {
  if (b == 0) {
    kr_raise_zerodiv("division by zero");
    return 0.0;
  }
  bool neg = (a < 0) != (b < 0);
  uint64_t ua = a < 0 ? 0 - (uint64_t)a : (uint64_t)a;
  uint64_t ub = b < 0 ? 0 - (uint64_t)b : (uint64_t)b;
  if (ua == 0) return neg ? -0.0 : 0.0;
  int shift = 64; /* ua << 64 / ub >= 2**64 / 2**64 ... >= 1; gives >= 55 bits when ub small */
  kr_u128 n = (kr_u128)ua << shift;
  kr_u128 q = n / ub, r = n % ub;
  while (q < ((kr_u128)1 << 55)) { /* only when ub is much larger than ua */
    n <<= 8, shift += 8;
    q = n / ub, r = n % ub;
  }
  q |= (r != 0); /* sticky: below the rounding bit since q has >= 55 bits */
  double d = ldexp((double)q, -shift);
  return neg ? -d : d;
}

int64_t kr_pow_i64_neg(void) {
  kr_raise(KR_EXC_ValueError,
           "negative exponent in integer power is not supported by krait; use float base");
  return 0;
}

static bool is_odd_integer(double y) { return fmod(fabs(y), 2.0) == 1.0; }

static double pow_overflow(void) {
  kr_raise(KR_EXC_OverflowError, "(34, 'Numerical result out of range')");
  return 0.0;
}

/* float ** float, following CPython's float_pow case by case. */
double kr_pow_f64_slow(double x, double y) {
  if (y == 0.0) return 1.0;
  if (isnan(x)) return x == 1.0 ? 1.0 : x;
  if (isnan(y)) return x == 1.0 ? 1.0 : y;
  if (isinf(y)) {
    double ax = fabs(x);
    if (ax == 1.0) return 1.0;
    return (y > 0.0) == (ax > 1.0) ? fabs(y) : 0.0;
  }
  if (isinf(x)) {
    bool odd = is_odd_integer(y);
    if (y > 0.0) return odd ? x : fabs(x);
    return odd ? copysign(0.0, x) : 0.0;
  }
  if (x == 0.0) {
    if (y < 0.0) {
      kr_raise_zerodiv("0.0 cannot be raised to a negative power");
      return 0.0;
    }
    return is_odd_integer(y) ? x : 0.0;
  }
  bool negate = false;
  if (x < 0.0) {
    if (y != floor(y)) {
      kr_raise(KR_EXC_ValueError, "negative number cannot be raised to a fractional power");
      return 0.0;
    }
    x = -x;
    negate = is_odd_integer(y);
  }
  if (x == 1.0) return negate ? -1.0 : 1.0;
  double r = pow(x, y);
  if (isinf(r)) return pow_overflow();
  return negate ? -r : r;
}

int64_t kr_f64_to_i64_slow(double x) {
  if (isnan(x)) kr_raise(KR_EXC_ValueError, "cannot convert float NaN to integer");
  else if (isinf(x)) kr_raise(KR_EXC_OverflowError, "cannot convert float infinity to integer");
  else kr_raise(KR_EXC_OverflowError, "int too large to convert to int64 (krait ints are 64-bit)");
  return 0;
}

/* round(x, n): the decimal correctly rounded to n places, read back.
 * CPython does this with dtoa mode 3; glibc's %.*e is correctly rounded
 * too, so we round to the right number of significant digits. */
double kr_round_f64_nd(double x, int64_t nd) {
  if (!isfinite(x)) return x; /* nans and infinities round to themselves */
  if (nd > 323) return x;
  if (nd < -308) return 0.0 * x;
  if (x == 0.0) return x;
  char buf[400];
  snprintf(buf, sizeof buf, "%.40e", fabs(x)); /* exact leading digits, exponent */
  int e10 = atoi(strchr(buf, 'e') + 1);
  int64_t sig = e10 + 1 + nd; /* significant digits to keep */
  if (sig > 17) return x;     /* 17 digits always read back as x */
  double r;
  if (sig <= 0) {
    /* |x| < 10**-nd: the result is 0 or 10**-nd; ties (exactly 5 * 10**e10
     * with sig == 0) go to the even multiple, 0. */
    bool up = sig == 0 && (buf[0] > '5' || (buf[0] == '5' && strspn(buf + 2, "0") < 40));
    snprintf(buf, sizeof buf, "1e%lld", (long long)-nd);
    r = up ? strtod(buf, NULL) : 0.0;
    r = copysign(r, x);
  } else {
    snprintf(buf, sizeof buf, "%.*e", (int)(sig - 1), x);
    r = strtod(buf, NULL);
  }
  if (isinf(r)) {
    kr_raise(KR_EXC_OverflowError, "rounded value too large to represent");
    return 0.0;
  }
  return r;
}

/* round(int, n) for n < 0: to a multiple of 10**-n, halves to even. */
int64_t kr_round_i64_nd(int64_t x, int64_t nd) {
  if (nd >= 0) return x;
  if (nd < -19) return 0;
  uint64_t pow10 = 1;
  for (int64_t i = 0; i < -nd; i++) pow10 *= 10;
  uint64_t ux = x < 0 ? 0 - (uint64_t)x : (uint64_t)x;
  uint64_t q = ux / pow10, r = ux % pow10;
  if (r > pow10 - r || (r == pow10 - r && (q & 1))) q++;
  uint64_t m = q * pow10; /* wraps like every krait int */
  return x < 0 ? (int64_t)(0 - m) : (int64_t)m;
}

/* ------------------------------------------------------------------ */
/* Complex                                                             */
/* ------------------------------------------------------------------ */

typedef struct Cx {
  double re, im;
} Cx;

static Cx cx_prod(Cx a, Cx b) { return (Cx){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

/* Smith's algorithm as in CPython's _Py_c_quot; *zero set on b == 0. */
static Cx cx_quot(Cx a, Cx b, bool *zero) {
  double abr = fabs(b.re), abi = fabs(b.im);
  if (abr >= abi) {
    if (abr == 0.0) {
      *zero = true;
      return (Cx){0.0, 0.0};
    }
    double ratio = b.im / b.re, denom = b.re + b.im * ratio;
    return (Cx){(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  }
  if (abi >= abr) {
    double ratio = b.re / b.im, denom = b.re * ratio + b.im;
    return (Cx){(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  }
  return (Cx){NAN, NAN}; /* a NaN in b */
}

static Cx to_cx(double _Complex z) { return (Cx){creal(z), cimag(z)}; }

static double _Complex from_cx(Cx c) {
  double _Complex z;
  memcpy(&z, &c, sizeof z); /* CMPLX is not in every libc; the layout is {re, im} */
  return z;
}

double _Complex kr_truediv_c128(double _Complex a, double _Complex b) {
  bool zero = false;
  Cx r = cx_quot(to_cx(a), to_cx(b), &zero);
  if (zero) kr_raise_zerodiv("complex division by zero");
  return from_cx(r);
}

/* General power in polar form, as CPython's _Py_c_pow. CPython decides
 * the error from errno as set by libm (cos(inf) sets EDOM, overflow
 * ERANGE), so we do the same: the caller clears errno first. */
static Cx cx_pow(Cx a, Cx b) {
  if (b.re == 0.0 && b.im == 0.0) return (Cx){1.0, 0.0};
  if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0) errno = EDOM;
    return (Cx){0.0, 0.0};
  }
  double vabs = hypot(a.re, a.im), len = pow(vabs, b.re);
  double at = atan2(a.im, a.re), phase = at * b.re;
  if (b.im != 0.0) {
    len /= exp(at * b.im);
    phase += b.im * log(vabs);
  }
  return (Cx){len * cos(phase), len * sin(phase)};
}

/* Small integer powers by repeated squaring (CPython's c_powu). */
static Cx cx_powu(Cx x, long n) {
  Cx r = {1.0, 0.0}, p = x;
  for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
    if (n & mask) r = cx_prod(r, p);
    p = cx_prod(p, p);
  }
  return r;
}

double _Complex kr_pow_c128(double _Complex za, double _Complex zb) {
  Cx a = to_cx(za), b = to_cx(zb), r;
  bool zero = false;
  long n = (long)b.re;
  errno = 0;
  if (b.im == 0.0 && b.re == (double)n && fabs(b.re) < 1e18) {
    if (n > 100 || n < -100) r = cx_pow(a, (Cx){(double)n, 0.0});
    else if (n > 0) r = cx_powu(a, n);
    else r = cx_quot((Cx){1.0, 0.0}, cx_powu(a, -n), &zero);
  } else {
    r = cx_pow(a, b);
  }
  if (zero) errno = EDOM;
  if (isinf(r.re) || isinf(r.im)) { /* _Py_ADJUST_ERANGE2 */
    if (errno == 0) errno = ERANGE;
  } else if (errno == ERANGE) {
    errno = 0;
  }
  if (errno == EDOM) kr_raise_zerodiv("0.0 to a negative or complex power");
  else if (errno == ERANGE) kr_raise(KR_EXC_OverflowError, "complex exponentiation");
  errno = 0;
  return from_cx(r);
}

double kr_abs_c128(double _Complex z) {
  double re = creal(z), im = cimag(z), r = hypot(re, im);
  if (isinf(r) && isfinite(re) && isfinite(im)) {
    kr_raise(KR_EXC_OverflowError, "absolute value too large");
    return 0.0;
  }
  return r;
}

/* ------------------------------------------------------------------ */
/* math module                                                         */
/* ------------------------------------------------------------------ */

double kr_math_domain_error(void) {
  kr_raise(KR_EXC_ValueError, "math domain error");
  return 0.0;
}

double kr_math_range_error(void) {
  kr_raise(KR_EXC_OverflowError, "math range error");
  return 0.0;
}

/* CPython's math_1: a NaN from a non-NaN is a domain error; an infinity
 * from a finite input is an overflow (if the function can overflow) or a
 * singularity (domain error). */
double kr_math_check1(double r, double x, bool can_overflow) {
  if (isnan(r) && !isnan(x)) return kr_math_domain_error();
  if (isinf(r) && isfinite(x)) return can_overflow ? kr_math_range_error() : kr_math_domain_error();
  return r;
}

static const double PI = 3.141592653589793238462643383279502884197;

/* sin(pi * x) with exact argument reduction, for the reflection formula. */
static double sinpi(double x) {
  double y = fmod(fabs(x), 2.0), r;
  int n = (int)round(2.0 * y);
  switch (n) {
  case 0: r = sin(PI * y); break;
  case 1: r = cos(PI * (y - 0.5)); break;
  case 2: r = sin(PI * (1.0 - y)); break; /* not -sin(pi*(y-1)): keeps +0.0 */
  case 3: r = -cos(PI * (y - 1.5)); break;
  default: r = sin(PI * (y - 2.0)); break;
  }
  return copysign(1.0, x) * r;
}

/* Lanczos approximation, N = 13, g = 6.024680040776729583740234375
 * (the Boost parameters CPython uses), as a rational function. */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
/* x*(x+1)*...*(x+11) expanded */
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};

static double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) { /* Horner in x */
    for (int i = LANCZOS_N - 1; i >= 0; i--) {
      num = num * x + lanczos_num[i];
      den = den * x + lanczos_den[i];
    }
  } else { /* in 1/x, which avoids overflow for large x */
    for (int i = 0; i < LANCZOS_N; i++) {
      num = num / x + lanczos_num[i];
      den = den / x + lanczos_den[i];
    }
  }
  return num / den;
}

/* Gamma for finite non-integer-or-large x with 1e-20 <= |x| <= 200. */
static double gamma_lanczos(double x) {
  double ax = fabs(x), y = ax + lanczos_g_minus_half, z, r;
  /* z: rounding error of y = ax + g - 0.5, used as a correction factor */
  if (ax > lanczos_g_minus_half) z = (y - ax) - lanczos_g_minus_half;
  else z = (y - lanczos_g_minus_half) - ax;
  z = z * lanczos_g / y;
  if (x < 0.0) {
    r = -PI / sinpi(ax) / ax * exp(y) / lanczos_sum(ax);
    r -= z * r;
    if (ax < 140.0) {
      r /= pow(y, ax - 0.5);
    } else {
      double sq = pow(y, ax / 2.0 - 0.25);
      r /= sq;
      r /= sq;
    }
  } else {
    r = lanczos_sum(ax) / exp(y);
    r += z * r;
    if (ax < 140.0) {
      r *= pow(y, ax - 0.5);
    } else {
      double sq = pow(y, ax / 2.0 - 0.25);
      r *= sq;
      r *= sq;
    }
  }
  return r;
}

double kr_math_gamma(double x) {
  if (!isfinite(x)) return isnan(x) || x > 0.0 ? x : kr_math_domain_error();
  if (x == 0.0) return kr_math_domain_error();
  if (x == floor(x)) {
    if (x < 0.0) return kr_math_domain_error();
    if (x <= 23.0) { /* exact factorials */
      double f = 1.0;
      for (int i = 2; i < (int)x; i++) f *= i;
      return f;
    }
  }
  double ax = fabs(x);
  if (ax < 1e-20) {
    double r = 1.0 / x;
    return isinf(r) ? kr_math_range_error() : r;
  }
  if (ax > 200.0) return x < 0.0 ? 0.0 / sinpi(x) : kr_math_range_error();
  double r = gamma_lanczos(x);
  return isinf(r) ? kr_math_range_error() : r;
}

double kr_math_lgamma(double x) {
  if (!isfinite(x)) return isnan(x) ? x : INFINITY;
  if (x == floor(x) && x <= 2.0) return x <= 0.0 ? kr_math_domain_error() : 0.0;
  double ax = fabs(x);
  if (ax < 1e-20) return -log(ax);
  double r = log(lanczos_sum(ax)) - lanczos_g;
  r += (ax - 0.5) * (log(ax + lanczos_g - 0.5) - 1);
  if (x < 0.0) r = 1.144729885849400174143427351353058711647 - log(fabs(sinpi(ax))) - log(ax) - r;
  return isinf(r) ? kr_math_range_error() : r;
}

static int64_t float_to_int_checked(double r, double x) {
  if (!isfinite(x)) return kr_f64_to_i64_slow(x);
  return kr_f64_to_i64(r);
}

int64_t kr_math_trunc(double x) { return float_to_int_checked(trunc(x), x); }
int64_t kr_math_floor(double x) { return float_to_int_checked(floor(x), x); }
int64_t kr_math_ceil(double x) { return float_to_int_checked(ceil(x), x); }

/* math.log(x, base) = log(x) / log(base), with CPython's errors. */
double kr_math_log_base(double x, double base) {
  double num = kr_math_log(x);
  if (kr_err_occurred()) return 0.0;
  double den = kr_math_log(base);
  if (kr_err_occurred()) return 0.0;
  if (den == 0.0) {
    kr_raise_zerodiv("float division by zero");
    return 0.0;
  }
  return num / den;
}

/* atan2 with C99 Annex F special values pinned down, as CPython. */
double kr_math_atan2(double y, double x) {
  if (isnan(x) || isnan(y)) return NAN;
  if (isinf(y)) {
    if (isinf(x)) return copysign(x > 0 ? 0.25 * PI : 0.75 * PI, y);
    return copysign(0.5 * PI, y);
  }
  if (isinf(x) || y == 0.0) return copysign(copysign(1.0, x) == 1.0 ? 0.0 : PI, y);
  return atan2(y, x);
}

double kr_math_hypot(double x, double y) {
  double r = hypot(x, y);
  if (isinf(r) && isfinite(x) && isfinite(y)) return kr_math_range_error();
  return r;
}

double kr_math_fmod(double x, double y) {
  if (isinf(y) && isfinite(x)) return x;
  double r = fmod(x, y);
  if (isnan(r) && !isnan(x) && !isnan(y)) return kr_math_domain_error();
  return r;
}

/* math.pow: unlike **, 0.0 ** -1 and (-8) ** 0.5 are domain errors. */
double kr_math_pow(double x, double y) {
  double r;
  bool odd_y;
  if (!isfinite(x) || !isfinite(y)) {
    if (isnan(x)) return y == 0.0 ? 1.0 : x;
    if (isnan(y)) return x == 1.0 ? 1.0 : y;
    if (isinf(x)) {
      odd_y = isfinite(y) && is_odd_integer(y);
      if (y > 0.0) return odd_y ? x : fabs(x);
      if (y == 0.0) return 1.0;
      return odd_y ? copysign(0.0, x) : 0.0;
    }
    if (fabs(x) == 1.0) return 1.0;
    return (y > 0.0) == (fabs(x) > 1.0) ? y * (y > 0 ? 1.0 : -1.0) : 0.0;
  }
  r = pow(x, y);
  if (isnan(r)) return kr_math_domain_error();
  if (isinf(r)) return x == 0.0 ? kr_math_domain_error() : kr_math_range_error();
  return r;
}

double kr_math_ldexp(double x, int64_t i) {
  if (x == 0.0 || !isfinite(x)) return x;
  if (i > 100000) return kr_math_range_error();
  if (i < -100000) return copysign(0.0, x);
  double r = ldexp(x, (int)i);
  return isinf(r) ? kr_math_range_error() : r;
}

double kr_math_remainder(double x, double y) {
  if (isnan(x)) return x;
  if (isnan(y)) return y;
  if (isinf(x) || y == 0.0) return kr_math_domain_error();
  return remainder(x, y); /* exact in IEEE arithmetic, as CPython's */
}

/* ------------------------------------------------------------------ */
/* Integer functions                                                    */
/* ------------------------------------------------------------------ */

int64_t kr_math_factorial(int64_t n) {
  if (n < 0) {
    kr_raise(KR_EXC_ValueError, "factorial() not defined for negative values");
    return 0;
  }
  uint64_t r = 1;
  for (int64_t i = 2; i <= n && r != 0; i++) r *= (uint64_t)i;
  return (int64_t)r;
}

int64_t kr_math_gcd(int64_t a, int64_t b) {
  uint64_t x = a < 0 ? 0 - (uint64_t)a : (uint64_t)a;
  uint64_t y = b < 0 ? 0 - (uint64_t)b : (uint64_t)b;
  while (y) {
    uint64_t t = x % y;
    x = y;
    y = t;
  }
  return (int64_t)x;
}

int64_t kr_math_lcm(int64_t a, int64_t b) {
  if (a == 0 || b == 0) return 0;
  int64_t g = kr_math_gcd(a, b);
  uint64_t x = a < 0 ? 0 - (uint64_t)a : (uint64_t)a;
  uint64_t y = b < 0 ? 0 - (uint64_t)b : (uint64_t)b;
  return (int64_t)(x / (uint64_t)g * y);
}

int64_t kr_math_isqrt(int64_t n) {
  if (n < 0) {
    kr_raise(KR_EXC_ValueError, "isqrt() argument must be nonnegative");
    return 0;
  }
  uint64_t r = (uint64_t)sqrt((double)n); /* then fix the last-bit error */
  while (r * r > (uint64_t)n) r--;
  while ((r + 1) * (r + 1) <= (uint64_t)n) r++;
  return (int64_t)r;
}

static bool nonneg_args(int64_t n, int64_t k) {
  if (n < 0) kr_raise(KR_EXC_ValueError, "n must be a non-negative integer");
  else if (k < 0) kr_raise(KR_EXC_ValueError, "k must be a non-negative integer");
  return n >= 0 && k >= 0;
}

/* comb(n, k) = prod (n-k+i)/i, exact at every step in 128 bits while
 * the result fits; past 64 bits it wraps like every krait int. */
int64_t kr_math_comb(int64_t n, int64_t k) {
  if (!nonneg_args(n, k)) return 0;
  if (k > n) return 0;
  if (k > n - k) k = n - k;
  kr_u128 r = 1;
  for (int64_t i = 1; i <= k; i++) {
    kr_u128 t = r * (kr_u128)(n - k + i);
    if (t / (kr_u128)(n - k + i) != r) { /* beyond 128 bits: wrap mod 2**64 */
      uint64_t w = (uint64_t)r;
      for (; i <= k; i++) w = w * (uint64_t)(n - k + i) / (uint64_t)i;
      return (int64_t)w;
    }
    r = t / (kr_u128)i;
  }
  return (int64_t)(uint64_t)r;
}

int64_t kr_math_perm(int64_t n, int64_t k) {
  if (!nonneg_args(n, k)) return 0;
  if (k > n) return 0;
  uint64_t r = 1;
  for (int64_t i = 0; i < k; i++) r *= (uint64_t)(n - i);
  return (int64_t)r;
}

bool kr_math_isclose(double a, double b, double rel_tol, double abs_tol) {
  if (rel_tol < 0.0 || abs_tol < 0.0) {
    kr_raise(KR_EXC_ValueError, "tolerances must be non-negative");
    return false;
  }
  if (a == b) return true;
  if (isinf(a) || isinf(b)) return false;
  double diff = fabs(b - a);
  return (diff <= fabs(rel_tol * b) || diff <= fabs(rel_tol * a)) || diff <= abs_tol;
}
