/* krait/rt.h — the runtime contract for generated C code.
 *
 * Generated programs include this one header and link libkrait_rt.a (+ -lm).
 * Everything here gives CPython 3.11 semantics for the scalar subset of
 * Python; CPython is the oracle for every result and every error message.
 *
 * Conventions
 *  - `int` is int64_t. Overflow wraps (generated code and the runtime are
 *    compiled with -fwrapv; the inline helpers below use unsigned arithmetic
 *    so they wrap even without it). This is krait's one documented
 *    difference from Python's unbounded ints.
 *  - Errors use a flag, never longjmp: a function that raises calls
 *    kr_raise(), returns a dummy value (0, NULL), and the caller checks
 *    kr_err_occurred() and jumps to its cleanup label.
 *  - Objects (str, list) are reference counted; "new ref" means the caller
 *    owns one reference, "borrowed" means it does not.
 *  - Hot operations are static inline so kernels run at C speed; error
 *    paths are out of line and cold.
 */
#ifndef KRAIT_RT_H
#define KRAIT_RT_H

#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define KR_COLD __attribute__((cold, noinline))
/* _Thread_local is C11; C++ (e.g. CUDA sources including this header)
 * spells it thread_local. */
#ifdef __cplusplus
#define KR_THREAD_LOCAL thread_local
#else
#define KR_THREAD_LOCAL _Thread_local
#endif
#define KR_LIKELY(x) __builtin_expect(!!(x), 1)
#define KR_UNLIKELY(x) __builtin_expect(!!(x), 0)

/* ------------------------------------------------------------------ */
/* Objects and reference counting                                      */
/* ------------------------------------------------------------------ */

enum { KR_OBJ_STR = 1, KR_OBJ_LIST = 2, KR_OBJ_ARRAY = 3, KR_OBJ_BOX = 4 };

typedef struct KrStr KrStr;
typedef struct KrList KrList;

/** Header of every heap object. */
typedef struct KrObj {
  int64_t rc;   /* reference count; KR_IMMORTAL for static objects */
  uint8_t kind; /* KR_OBJ_STR / KR_OBJ_LIST */
} KrObj;

/** A runtime object with its own finaliser (an MPI request or status). */
typedef struct KrBox {
  KrObj h; /* kind KR_OBJ_BOX */
  void (*fini)(struct KrBox *);
} KrBox;

/** A new zeroed box of `size` bytes (a KrBox first), rc 1; fini runs
 *  before it is freed. */
void *kr_box_new(size_t size, void (*fini)(KrBox *));

/** rc of static objects: so large that they are never freed. */
#define KR_IMMORTAL (INT64_MAX / 2)

/** Frees an object whose count reached 0 (decrefs list elements). */
void kr_obj_free(KrObj *o);

/** Adds a reference; NULL-safe. */
static inline void kr_incref(void *o) {
  if (o) ((KrObj *)o)->rc++;
}

/** Drops a reference; NULL-safe; frees at 0. */
static inline void kr_decref(void *o) {
  if (o && --((KrObj *)o)->rc == 0) kr_obj_free((KrObj *)o);
}

/* ------------------------------------------------------------------ */
/* Exceptions (error flag model)                                       */
/* ------------------------------------------------------------------ */

#define KR_EXCEPTIONS(X)                                                   \
  X(Exception) X(ArithmeticError) X(ZeroDivisionError) X(OverflowError)    \
  X(ValueError) X(TypeError) X(IndexError) X(KeyError) X(AssertionError)   \
  X(RuntimeError) X(NotImplementedError) X(MemoryError) X(RecursionError)  \
  X(StopIteration) X(SystemExit) X(LookupError) X(FloatingPointError)      \
  X(KeyboardInterrupt) X(UnboundLocalError) X(NameError)

typedef enum {
  KR_EXC_NONE = 0,
#define X(n) KR_EXC_##n,
  KR_EXCEPTIONS(X)
#undef X
  KR_EXC_COUNT
} KrExc;

/** KrExc of the pending exception, 0 if none. */
extern KR_THREAD_LOCAL int kr_err;

/** True if an exception is pending (the check after every raising call). */
static inline bool kr_err_occurred(void) { return __builtin_expect(kr_err != 0, 0); }

/** Raises e with a printf-style message; replaces any pending exception. */
void kr_raise(KrExc e, const char *fmt, ...) KR_COLD __attribute__((format(printf, 2, 3)));
/** Raises e with the text of msg (borrowed); an empty message is allowed. */
void kr_raise_str(KrExc e, KrStr *msg) KR_COLD;
/** `except handler:` matches `raised`? Follows Python's class hierarchy. */
bool kr_exc_matches(KrExc raised, KrExc handler);
/** Class name, e.g. "ValueError". */
const char *kr_exc_name(KrExc e);
/** str(e) of the pending exception (new ref; "" if none). */
KrStr *kr_exc_message(void);
/** Clears the pending exception and its traceback. */
void kr_err_clear(void);
/** Records a traceback frame while unwinding (innermost first). */
void kr_tb_add(const char *file, int line, const char *func);
/** A text put before each line kr_exc_report prints ("[rank 1] "). */
void kr_set_report_prefix(const char *p);
/** Prints the pending exception to stderr like CPython (flushes stdout). */
void kr_exc_report(void);
/** End of main(): exit status (reports an exception, honours SystemExit). */
int kr_main_exit(void);
/** sys.exit(code) / sys.exit("message") / sys.exit(): raise SystemExit. */
void kr_sys_exit_i64(int64_t code);
void kr_sys_exit(int64_t code); /* same as kr_sys_exit_i64 */
void kr_sys_exit_str(KrStr *msg);
/** Exit status of a pending SystemExit (1 if it carries a message). */
int kr_exit_code(void);
/** An exception raised in a parallel loop (prange): the pending exception
 * of the lowest failing iteration, moved there from its thread. */
typedef struct KrParErr {
  int64_t first;   /* that iteration; INT64_MAX while none failed */
  int line;        /* the Python line of the loop statement that raised */
  int lock;
  void *saved;
} KrParErr;
#define KR_PAR_ERR_INIT {INT64_MAX, 0, 0, NULL}
/** Iteration k can be skipped: an earlier one has already failed. */
static inline bool kr_par_skip(KrParErr *e, int64_t k) {
  return k > __atomic_load_n(&e->first, __ATOMIC_RELAXED);
}
/** Iteration k failed at `line`: takes this thread's pending exception. */
void kr_par_fail(KrParErr *e, int64_t k, int line);
/** After the loop: makes the saved exception pending on this thread. */
void kr_par_raise(KrParErr *e);
/** The pending SystemExit's status, if it was given one (not a message). */
bool kr_exit_status(int64_t *code);
/** Raises ZeroDivisionError(msg) (used by the inline operators). */
void kr_raise_zerodiv(const char *msg) KR_COLD;

/* Recursion guard. Generated functions do
 *     if (kr_enter_call()) goto fail;   ...   kr_leave_call();
 * On failure RecursionError is raised and the depth is NOT incremented
 * (so the caller must not call kr_leave_call). Limit: kr_recursion_limit
 * frames (default 100000) or the C stack within 256 KiB of its end. */
extern KR_THREAD_LOCAL int64_t kr_call_depth;
extern int64_t kr_recursion_limit;
extern KR_THREAD_LOCAL char *kr_stack_floor;
bool kr_recursion_error(void) KR_COLD;

static inline bool kr_enter_call(void) {
  if (KR_UNLIKELY(++kr_call_depth > kr_recursion_limit ||
                  (char *)__builtin_frame_address(0) < kr_stack_floor))
    return kr_recursion_error();
  return false;
}
static inline void kr_leave_call(void) { kr_call_depth--; }

/* ------------------------------------------------------------------ */
/* Strings                                                             */
/* ------------------------------------------------------------------ */

/** Immutable UTF-8 string; data is NUL-terminated, len counts bytes. */
struct KrStr {
  KrObj h;
  int64_t len;
  const char *data;
};

/** A static (immortal) string literal. */
#define KR_STR_LIT(name, s) static KrStr name = {{KR_IMMORTAL, KR_OBJ_STR}, sizeof(s) - 1, s}

/** New string copying len bytes of p (new ref). */
KrStr *kr_str_new(const char *p, int64_t len);
/** New string from a C string (new ref). */
KrStr *kr_str_from_cstr(const char *s);
/** The empty string (new ref of an immortal object). */
KrStr *kr_str_empty(void);
/** a + b (new ref). */
KrStr *kr_str_concat(KrStr *a, KrStr *b);
/** a * n; n <= 0 gives '' (new ref). */
KrStr *kr_str_repeat(KrStr *a, int64_t n);
/** a == b. */
bool kr_str_eq(KrStr *a, KrStr *b);
/** <0, 0, >0 like Python's code point order (== UTF-8 byte order). */
int kr_str_cmp(KrStr *a, KrStr *b);
/** len(s): number of code points. */
int64_t kr_str_len(KrStr *s);
/** s[i] (negative wraps); IndexError 'string index out of range'. New ref. */
KrStr *kr_str_getitem(KrStr *s, int64_t i);
/** s[start:stop:step] in code points; flags as kr_list_slice. New ref. */
KrStr *kr_str_slice(KrStr *s, int64_t start, int64_t stop, int64_t step, int flags);
/** needle in hay. */
bool kr_str_contains(KrStr *hay, KrStr *needle);
/** str.upper/lower for ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic
 *  (other code points unchanged; no final-sigma rule). */
KrStr *kr_str_upper(KrStr *s);
KrStr *kr_str_lower(KrStr *s);
/** str.strip/lstrip/rstrip() with no argument: Unicode whitespace. */
KrStr *kr_str_strip(KrStr *s);
KrStr *kr_str_lstrip(KrStr *s);
KrStr *kr_str_rstrip(KrStr *s);
/** str.strip(chars) etc.; chars NULL means whitespace. */
KrStr *kr_str_strip_chars(KrStr *s, KrStr *chars, bool left, bool right);
/** Internal: byte range of s without surrounding whitespace. */
void kr__strip_span(KrStr *s, int64_t *start, int64_t *end);
/** s.startswith(prefix), s.endswith(suffix). */
bool kr_str_startswith(KrStr *s, KrStr *prefix);
bool kr_str_endswith(KrStr *s, KrStr *suffix);
/** sep.join(strs) for a list of str (new ref). */
KrStr *kr_str_join(KrStr *sep, KrList *strs);
/** s.split(sep); sep NULL = whitespace split. ValueError 'empty separator'. */
KrList *kr_str_split(KrStr *s, KrStr *sep_or_NULL);
/** s.replace(old, new_) (new ref). */
KrStr *kr_str_replace(KrStr *s, KrStr *old, KrStr *new_);
/** s.find(sub) in code points, -1 if absent. */
int64_t kr_str_find(KrStr *s, KrStr *sub);
/** s.count(sub) (non-overlapping). */
int64_t kr_str_count(KrStr *s, KrStr *sub);
/** str.isdigit/isalpha/isspace restricted to ASCII (documented). */
bool kr_str_isdigit(KrStr *s);
bool kr_str_isalpha(KrStr *s);
bool kr_str_isspace(KrStr *s);
/** chr(i) (ValueError 'chr() arg not in range(0x110000)') and ord(s)
 *  (TypeError as CPython for len != 1). */
KrStr *kr_chr(int64_t cp);
int64_t kr_ord(KrStr *s);

/* ------------------------------------------------------------------ */
/* String builder                                                      */
/* ------------------------------------------------------------------ */

/** Growable byte buffer; a zero-initialised KrBuf is empty and valid. */
typedef struct KrBuf {
  char *p;
  int64_t len, cap;
} KrBuf;

/** Makes room for n more bytes (out of line). */
void kr_buf_grow(KrBuf *b, int64_t n);

static inline void kr_buf_putc(KrBuf *b, char c) {
  if (KR_UNLIKELY(b->len + 1 >= b->cap)) kr_buf_grow(b, 1);
  b->p[b->len++] = c;
}
/** Appends n bytes / a C string. */
void kr_buf_put(KrBuf *b, const char *p, int64_t n);
void kr_buf_puts(KrBuf *b, const char *cstr);
/** str(s). */
void kr_buf_put_str(KrBuf *b, KrStr *s);
/** repr(s) with Python's quoting and escaping rules. */
void kr_buf_put_str_repr(KrBuf *b, KrStr *s);
/** ascii(s): like repr but non-ASCII code points are escaped too. */
void kr_buf_put_str_ascii(KrBuf *b, KrStr *s);
/** str(int). */
void kr_buf_put_i64(KrBuf *b, int64_t v);
void kr_buf_put_u64(KrBuf *b, uint64_t v);
/** repr(float) == str(float): shortest round-trip ('0.1', '1e+16', '-0.0'). */
void kr_buf_put_f64(KrBuf *b, double v);
/** True / False. */
void kr_buf_put_bool(KrBuf *b, bool v);
/** repr(complex): '(1+2j)', '2j', '(-0-1j)', 'infj' ... */
void kr_buf_put_c128(KrBuf *b, double re, double im);
/** str(numpy.float32(v)): shortest float32 round-trip, numpy's layout. */
void kr_buf_put_f32(KrBuf *b, float v);
/* format(value, spec): the format-spec mini-language; a bad spec raises
 * ValueError with CPython's message (nothing is appended then). */
void kr_buf_format_i64(KrBuf *b, int64_t v, const char *spec, int64_t speclen);
void kr_buf_format_f64(KrBuf *b, double v, const char *spec, int64_t speclen);
void kr_buf_format_str(KrBuf *b, KrStr *v, const char *spec, int64_t speclen);
void kr_buf_format_bool(KrBuf *b, bool v, const char *spec, int64_t speclen);
void kr_buf_format_c128(KrBuf *b, double re, double im, const char *spec, int64_t speclen);
/** Old-style '%' conversion of one value: conv is one of d i u o x X e E f
 *  F g G c s r a %, flags/width/prec as parsed by the compiler (prec -1 =
 *  none). TypeError/ValueError as CPython. */
void kr_buf_percent_i64(KrBuf *b, int64_t v, const char *flags, int64_t width,
                        int64_t prec, char conv);
void kr_buf_percent_f64(KrBuf *b, double v, const char *flags, int64_t width,
                        int64_t prec, char conv);
void kr_buf_percent_str(KrBuf *b, KrStr *v, const char *flags, int64_t width,
                        int64_t prec, char conv);
/** Contents as a new str (new ref); the buffer is reset (keeps memory). */
KrStr *kr_buf_finish(KrBuf *b);
/** Releases the buffer's memory. */
void kr_buf_free(KrBuf *b);
/** Writes the bytes to f and resets len to 0 (used by print). */
void kr_buf_write(KrBuf *b, FILE *f);

/** str(x) helpers returning a new str. */
KrStr *kr_str_from_i64(int64_t v);
KrStr *kr_str_from_f64(double v);
KrStr *kr_str_from_bool(bool v);
KrStr *kr_str_repr(KrStr *s);

/* ------------------------------------------------------------------ */
/* Arithmetic with Python semantics                                    */
/* ------------------------------------------------------------------ */


/** a // b (floor); ZeroDivisionError 'integer division or modulo by zero'. */
static inline int64_t kr_floordiv_i64(int64_t a, int64_t b) {
  if (KR_UNLIKELY(b == 0)) {
    kr_raise_zerodiv("integer division or modulo by zero");
    return 0;
  }
  if (KR_UNLIKELY(b == -1)) return (int64_t)(0 - (uint64_t)a); /* wraps at INT64_MIN */
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
  return q;
}

/** a % b (sign of b); ZeroDivisionError 'integer modulo by zero'. */
static inline int64_t kr_mod_i64(int64_t a, int64_t b) {
  if (KR_UNLIKELY(b == 0)) {
    kr_raise_zerodiv("integer modulo by zero");
    return 0;
  }
  if (KR_UNLIKELY(b == -1)) return 0;
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

/** divmod(a, b) for ints. */
static inline void kr_divmod_i64(int64_t a, int64_t b, int64_t *q, int64_t *r) {
  if (KR_UNLIKELY(b == 0)) {
    kr_raise_zerodiv("integer division or modulo by zero");
    *q = *r = 0;
    return;
  }
  *q = kr_floordiv_i64(a, b);
  *r = (int64_t)((uint64_t)a - (uint64_t)*q * (uint64_t)b);
}

/** Python's float divmod core (a // b and a % b), b != 0. */
static inline double kr__fmod_py(double a, double b, double *div) {
  double mod = fmod(a, b);
  double d = (a - mod) / b;
  if (mod != 0.0) {
    if ((b < 0) != (mod < 0)) {
      mod += b;
      d -= 1.0;
    }
  } else {
    mod = copysign(0.0, b);
  }
  if (d != 0.0) {
    double f = floor(d);
    if (d - f > 0.5) f += 1.0; /* (a - mod) / b may be just below an integer */
    d = f;
  } else {
    d = copysign(0.0, a / b);
  }
  *div = d;
  return mod;
}

/** a // b for floats; ZeroDivisionError 'float floor division by zero'. */
static inline double kr_floordiv_f64(double a, double b) {
  if (KR_UNLIKELY(b == 0.0)) {
    kr_raise_zerodiv("float floor division by zero");
    return 0.0;
  }
  double d;
  kr__fmod_py(a, b, &d);
  return d;
}

/** a % b for floats; ZeroDivisionError 'float modulo'. */
static inline double kr_mod_f64(double a, double b) {
  if (KR_UNLIKELY(b == 0.0)) {
    kr_raise_zerodiv("float modulo");
    return 0.0;
  }
  double mod = fmod(a, b);
  if (mod != 0.0) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    mod = copysign(0.0, b);
  }
  return mod;
}

/** divmod(a, b) for floats; ZeroDivisionError 'float divmod()'. */
static inline void kr_divmod_f64(double a, double b, double *q, double *r) {
  if (KR_UNLIKELY(b == 0.0)) {
    kr_raise_zerodiv("float divmod()");
    *q = *r = 0.0;
    return;
  }
  *r = kr__fmod_py(a, b, q);
}

/** a / b for floats; ZeroDivisionError 'float division by zero'. */
static inline double kr_truediv_f64(double a, double b) {
  if (KR_UNLIKELY(b == 0.0)) {
    kr_raise_zerodiv("float division by zero");
    return 0.0;
  }
  return a / b;
}

double kr_truediv_i64_slow(int64_t a, int64_t b);

/* KR_FAILS_<f>(args): true exactly when f(args) raises. Generated code
 * tests it first, so the hot path needs no look at kr_err:
 *   if (KR_UNLIKELY(KR_FAILS_kr_truediv_f64(a, b))) { kr_truediv_f64(a, b); fail; }
 *   x = kr_truediv_f64(a, b);        (the inner test folds away) */
#define KR_FAILS_kr_floordiv_i64(a, b) ((b) == 0)
#define KR_FAILS_kr_mod_i64(a, b) ((b) == 0)
#define KR_FAILS_kr_truediv_i64(a, b) ((b) == 0)
#define KR_FAILS_kr_floordiv_f64(a, b) ((b) == 0.0)
#define KR_FAILS_kr_mod_f64(a, b) ((b) == 0.0)
#define KR_FAILS_kr_truediv_f64(a, b) ((b) == 0.0)
#define KR_FAILS_kr_math_sqrt(x) ((x) < 0.0)

/** int / int, correctly rounded; ZeroDivisionError 'division by zero'. */
static inline double kr_truediv_i64(int64_t a, int64_t b) {
  const int64_t lim = (int64_t)1 << 53;
  if (KR_LIKELY(b != 0 && a <= lim && a >= -lim && b <= lim && b >= -lim))
    return (double)a / (double)b; /* both exact: one rounding, as CPython */
  return kr_truediv_i64_slow(a, b);
}

/** base ** exp for ints (wrapping). exp < 0 raises ValueError (krait types
 *  int**int as int; use a float base). */
int64_t kr_pow_i64_neg(void) KR_COLD;
static inline int64_t kr_pow_i64(int64_t base, int64_t exp) {
  if (KR_UNLIKELY(exp < 0)) return kr_pow_i64_neg();
  uint64_t r = 1, b = (uint64_t)base;
  while (exp) {
    if (exp & 1) r *= b;
    b *= b;
    exp >>= 1;
  }
  return (int64_t)r;
}

/** float ** float (Python's rules; see math.c). A negative base with a
 *  non-integer exponent raises ValueError (CPython returns a complex). */
double kr_pow_f64_slow(double base, double exp);
static inline double kr_pow_f64(double base, double exp) {
  if (KR_LIKELY(base > 0.0 && isfinite(base) && isfinite(exp))) {
    double r = pow(base, exp);
    if (KR_LIKELY(isfinite(r))) return r;
  }
  return kr_pow_f64_slow(base, exp);
}

void kr_raise_neg_shift(void) KR_COLD;

/** a << n: ValueError 'negative shift count'; bits shifted past 64 are
 *  lost (krait ints wrap), so n >= 64 gives 0. */
static inline int64_t kr_lshift_i64(int64_t a, int64_t n) {
  if (KR_UNLIKELY((uint64_t)n >= 64)) {
    if (n < 0) kr_raise_neg_shift();
    return 0;
  }
  return (int64_t)((uint64_t)a << n);
}

/** a >> n: arithmetic (floor) shift; n >= 64 gives 0 or -1 as Python. */
static inline int64_t kr_rshift_i64(int64_t a, int64_t n) {
  if (KR_UNLIKELY((uint64_t)n >= 64)) {
    if (n < 0) {
      kr_raise_neg_shift();
      return 0;
    }
    return a < 0 ? -1 : 0;
  }
  return a >= 0 ? a >> n : ~(~a >> n); /* floor shift without relying on >> of negatives */
}

/** abs(int) (wraps at INT64_MIN). */
static inline int64_t kr_abs_i64(int64_t v) {
  return v < 0 ? (int64_t)(0 - (uint64_t)v) : v;
}

/** int(x) for a float: truncation. NaN -> ValueError, inf -> OverflowError,
 *  outside int64 -> OverflowError (krait ints are 64-bit). */
int64_t kr_f64_to_i64_slow(double x) KR_COLD;
static inline int64_t kr_f64_to_i64(double x) {
  if (KR_LIKELY(x >= -9223372036854775808.0 && x < 9223372036854775808.0))
    return (int64_t)x;
  return kr_f64_to_i64_slow(x);
}

/** round(x) -> int, half to even. */
static inline int64_t kr_round_f64(double x) { return kr_f64_to_i64(nearbyint(x)); }
/** round(x, ndigits), correctly rounded as CPython. */
double kr_round_f64_nd(double x, int64_t ndigits);
/** round(int, ndigits). */
int64_t kr_round_i64_nd(int64_t x, int64_t ndigits);
/** int(s): whitespace, sign, underscores; ValueError as CPython. */
int64_t kr_str_to_i64(KrStr *s);
/** int(s, base) for base 0 or 2..36. */
int64_t kr_str_to_i64_base(KrStr *s, int64_t base);
/** float(s): 'inf', '-Infinity', 'nan', ' 1e3 ', '1_000.5'. */
double kr_str_to_f64(KrStr *s);

/* Complex: C's double _Complex (a C11 keyword; rt.h does not include
 * <complex.h>, so the macro I does not leak into generated code). */
/** a / b; ZeroDivisionError 'complex division by zero'. CPython's algorithm. */
double _Complex kr_truediv_c128(double _Complex a, double _Complex b);
/** a ** b; ZeroDivisionError '0.0 to a negative or complex power',
 *  OverflowError 'complex exponentiation'. CPython's algorithm. */
double _Complex kr_pow_c128(double _Complex a, double _Complex b);
/** abs(z) (hypot); OverflowError 'absolute value too large'. */
double kr_abs_c128(double _Complex z);

/* ------------------------------------------------------------------ */
/* math module                                                         */
/* ------------------------------------------------------------------ */

/** Raise ValueError('math domain error') / OverflowError('math range
 *  error'); return 0.0 for the caller to pass along. */
double kr_math_domain_error(void) KR_COLD;
double kr_math_range_error(void) KR_COLD;
/** CPython's math_1 check on a non-finite result r of f(x). */
double kr_math_check1(double r, double x, bool can_overflow) KR_COLD;

#define KR_MATH1(name, cfn, ovf)                                           \
  static inline double kr_math_##name(double x) {                          \
    double r = cfn(x);                                                     \
    if (KR_UNLIKELY(!isfinite(r))) return kr_math_check1(r, x, ovf);       \
    return r;                                                              \
  }
KR_MATH1(exp, exp, true)
KR_MATH1(exp2, exp2, true)
KR_MATH1(expm1, expm1, true)
KR_MATH1(sin, sin, false)
KR_MATH1(cos, cos, false)
KR_MATH1(tan, tan, false)
KR_MATH1(asin, asin, false)
KR_MATH1(acos, acos, false)
KR_MATH1(atan, atan, false)
KR_MATH1(sinh, sinh, true)
KR_MATH1(cosh, cosh, true)
KR_MATH1(tanh, tanh, false)
KR_MATH1(asinh, asinh, false)
KR_MATH1(acosh, acosh, false)
KR_MATH1(atanh, atanh, false)
KR_MATH1(log1p, log1p, false)
KR_MATH1(cbrt, cbrt, false)
KR_MATH1(erf, erf, false)
KR_MATH1(erfc, erfc, false)
#undef KR_MATH1

/** math.sqrt: ValueError for x < 0. */
static inline double kr_math_sqrt(double x) {
  if (KR_UNLIKELY(x < 0.0)) return kr_math_domain_error();
  return sqrt(x);
}
/** math.log/log2/log10: ValueError for x <= 0. */
static inline double kr_math_log(double x) {
  if (KR_UNLIKELY(!(x > 0.0))) return isnan(x) ? x : kr_math_domain_error();
  return log(x);
}
static inline double kr_math_log2(double x) {
  if (KR_UNLIKELY(!(x > 0.0))) return isnan(x) ? x : kr_math_domain_error();
  return log2(x);
}
static inline double kr_math_log10(double x) {
  if (KR_UNLIKELY(!(x > 0.0))) return isnan(x) ? x : kr_math_domain_error();
  return log10(x);
}
static inline double kr_math_fabs(double x) { return fabs(x); }
static inline double kr_math_degrees(double x) { return x * (180.0 / 3.141592653589793); }
static inline double kr_math_radians(double x) { return x * (3.141592653589793 / 180.0); }
static inline double kr_math_copysign(double x, double y) { return copysign(x, y); }

/** math.gamma / math.lgamma: CPython's own Lanczos implementation. */
double kr_math_gamma(double x);
double kr_math_lgamma(double x);
/** math.trunc/floor/ceil -> int; NaN ValueError, inf OverflowError. */
int64_t kr_math_trunc(double x);
int64_t kr_math_floor(double x);
int64_t kr_math_ceil(double x);
/** math.log(x, base). */
double kr_math_log_base(double x, double base);
/** Two-argument functions with CPython's special cases and errors. */
double kr_math_atan2(double y, double x);
double kr_math_hypot(double x, double y);
double kr_math_fmod(double x, double y);
/** math.pow: math domain/range errors (not the ** operator rules). */
double kr_math_pow(double x, double y);
/** math.ldexp (OverflowError 'math range error'), math.remainder. */
double kr_math_ldexp(double x, int64_t i);
double kr_math_remainder(double x, double y);
/** Integer functions (results wrap at 64 bits like every krait int). */
int64_t kr_math_factorial(int64_t n);
int64_t kr_math_gcd(int64_t a, int64_t b);
int64_t kr_math_lcm(int64_t a, int64_t b);
int64_t kr_math_isqrt(int64_t n);
int64_t kr_math_comb(int64_t n, int64_t k);
int64_t kr_math_perm(int64_t n, int64_t k);
/** math.isclose; ValueError 'tolerances must be non-negative'. */
bool kr_math_isclose(double a, double b, double rel_tol, double abs_tol);

/* ------------------------------------------------------------------ */
/* random module (bit-exact with CPython's Mersenne Twister)           */
/* ------------------------------------------------------------------ */

/** random.seed(n): init_by_array over the 32-bit words of abs(n). */
void kr_random_seed(int64_t seed);
/** Default seeding from the OS (random.seed() with no argument). */
void kr_random_seed_time(void);
/** One raw 32-bit MT output; random.random(); random.uniform(a, b). */
uint32_t kr_random_genrand32(void);
double kr_random_random(void);
/** A counter-based random stream (Philox4x32-10, Salmon et al., SC'11):
 * the draws of prange iteration `iter` under `key`, 128 bits a block. */
typedef struct KrRngStream {
  uint64_t key, iter, block;
  uint32_t buf[4];
  int nbuf;
} KrRngStream;

static inline void kr_philox4x32_10(uint32_t c[4], uint64_t key) {
  uint32_t k0 = (uint32_t)key, k1 = (uint32_t)(key >> 32);
  for (int r = 0; r < 10; r++) {
    uint64_t p0 = (uint64_t)0xD2511F53u * c[0], p1 = (uint64_t)0xCD9E8D57u * c[2];
    uint32_t n0 = (uint32_t)(p1 >> 32) ^ c[1] ^ k0, n2 = (uint32_t)(p0 >> 32) ^ c[3] ^ k1;
    c[0] = n0, c[1] = (uint32_t)p1, c[2] = n2, c[3] = (uint32_t)p0;
    k0 += 0x9E3779B9u, k1 += 0xBB67AE85u;
  }
}

static inline void kr_stream_start(KrRngStream *s, uint64_t key, int64_t iter) {
  s->key = key, s->iter = (uint64_t)iter, s->block = 0, s->nbuf = 0;
}

static inline uint32_t kr_stream_next32(KrRngStream *s) {
  if (s->nbuf == 0) {
    uint32_t c[4] = {(uint32_t)s->block, (uint32_t)(s->block >> 32), (uint32_t)s->iter,
                     (uint32_t)(s->iter >> 32)};
    kr_philox4x32_10(c, s->key);
    for (int i = 0; i < 4; i++) s->buf[i] = c[i];
    s->nbuf = 4;
    s->block++;
  }
  return s->buf[4 - s->nbuf--];
}

/** random.random() (and np.random.random()) on a stream: 53 random bits. */
static inline double kr_stream_random(KrRngStream *s) {
  uint32_t a = kr_stream_next32(s) >> 5, b = kr_stream_next32(s) >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}
static inline double kr_stream_uniform(KrRngStream *s, double a, double b) {
  return a + (b - a) * kr_stream_random(s);
}

/** The key of the streams: from the last seed, else from the OS (once). */
uint64_t kr_rng_key(void);
/** prange iteration k starts on this thread: random draws come from the
 * iteration's own counter-based stream until kr_rng_serial(). */
void kr_rng_iteration(int64_t k);
/** numpy's np.random (legacy RandomState): seed, random, uniform, normal,
 * randint, bit-exact with numpy in serial code. */
void kr_np_random_seed(int64_t seed);
void kr_np_random_seed_time(void);
double kr_np_random_random(void);
double kr_np_random_uniform(double low, double high);
double kr_np_random_normal(double loc, double scale);
int64_t kr_np_random_randint(int64_t low, int64_t high);
void kr_rng_serial(void);
double kr_random_uniform(double a, double b);
/** randint(a, b) == randrange(a, b + 1). */
int64_t kr_random_randint(int64_t a, int64_t b);
/** randrange(start, stop, step) with CPython's ValueErrors. */
int64_t kr_random_randrange(int64_t start, int64_t stop, int64_t step);
/** random.gauss with CPython's gauss_next cache. */
double kr_random_gauss(double mu, double sigma);
/** random.normalvariate (Kinderman-Monahan, as CPython). */
double kr_random_normalvariate(double mu, double sigma);
/** random.expovariate(lambd). */
double kr_random_expovariate(double lambd);
/** getrandbits(k) for 0 <= k <= 64. */
uint64_t kr_random_getrandbits(int k);
/** _randbelow(n), n >= 1. */
int64_t kr_random_below(int64_t n);
/** random.shuffle(list) and the index random.choice would use
 *  (IndexError 'Cannot choose from an empty sequence'). */
void kr_random_shuffle(KrList *l);
int64_t kr_random_choice_index(KrList *l);

/* ------------------------------------------------------------------ */
/* time module                                                         */
/* ------------------------------------------------------------------ */

/** time.time(), time.perf_counter(), time.monotonic() and the _ns forms. */
double kr_time_time(void);
double kr_time_perf_counter(void);
double kr_time_monotonic(void);
int64_t kr_time_perf_counter_ns(void);
int64_t kr_time_time_ns(void);
/** ValueError 'sleep length must be non-negative'. */
void kr_time_sleep(double secs);

/* ------------------------------------------------------------------ */
/* Typed lists                                                         */
/* ------------------------------------------------------------------ */

/** Homogeneous list; elements are esize bytes each, stored inline. When
 *  managed, elements are KrObj* (str or list) owned by the list. */
/* How a list owns elements that hold references: retain/release one
 * element in place. NULL for plain values; kr_obj_elem_ops for str/list
 * elements; generated code supplies ops for tuples holding references. */
typedef struct KrElemOps {
  void (*retain)(void *elem);
  void (*release)(void *elem);
} KrElemOps;
extern const KrElemOps kr_obj_elem_ops;

struct KrList {
  KrObj h;
  int64_t len, cap;
  int32_t esize;
  uint8_t managed;              /* ops != NULL */
  char *data;
  const KrElemOps *ops;         /* element ownership, or NULL */
};
/** Give a new list of tuples that hold references its element ops. */
void kr_list_set_ops(KrList *l, const KrElemOps *ops);

/** Python comparison of two elements: <0, 0, >0. */
typedef int (*KrCmp)(const void *a, const void *b);

#define KR_SLICE_NO_START 1
#define KR_SLICE_NO_STOP 2

/** Empty list of esize-byte elements with room for cap (new ref). */
KrList *kr_list_new(int32_t esize, bool managed, int64_t cap);
/** Appends a copy of *elem (increfs it when managed). */
void kr_list_append(KrList *l, const void *elem);
/** Ensures capacity >= need. */
void kr_list_grow(KrList *l, int64_t need);
/** Raises IndexError(msg). */
void kr_raise_index(const char *msg) KR_COLD;

/** Wrapped index for a load; IndexError 'list index out of range'. */
static inline int64_t kr_list_index(KrList *l, int64_t i) {
  int64_t k = i < 0 ? i + l->len : i;
  if (KR_UNLIKELY((uint64_t)k >= (uint64_t)l->len)) {
    kr_raise_index("list index out of range");
    return 0;
  }
  return k;
}
/** Same for a store: 'list assignment index out of range'. */
static inline int64_t kr_list_index_store(KrList *l, int64_t i) {
  int64_t k = i < 0 ? i + l->len : i;
  if (KR_UNLIKELY((uint64_t)k >= (uint64_t)l->len)) {
    kr_raise_index("list assignment index out of range");
    return 0;
  }
  return k;
}
/** len(l). */
static inline int64_t kr_list_len(KrList *l) { return l->len; }
/** Pointer to element k (no check). */
static inline void *kr_list_at(KrList *l, int64_t k) { return l->data + k * (int64_t)l->esize; }
/** Append for unmanaged 8-byte elements (the common int/float case). */
static inline void kr_list_append_i64(KrList *l, int64_t v) {
  if (KR_UNLIKELY(l->len == l->cap)) kr_list_grow(l, l->len + 1);
  ((int64_t *)l->data)[l->len++] = v;
}
static inline void kr_list_append_f64(KrList *l, double v) {
  if (KR_UNLIKELY(l->len == l->cap)) kr_list_grow(l, l->len + 1);
  ((double *)l->data)[l->len++] = v;
}
/** l[k] = elem with incref/decref when managed (k already wrapped). */
void kr_list_set(KrList *l, int64_t k, const void *elem);
/** list.pop(i); the popped reference moves to *out. */
void kr_list_pop(KrList *l, int64_t i, void *out);
/** list.insert(i, elem) (i clamped like Python). */
void kr_list_insert(KrList *l, int64_t i, const void *elem);
/** l.extend(other) (other may be l). */
void kr_list_extend(KrList *l, KrList *other);
/** a + b (new ref). */
KrList *kr_list_concat(KrList *a, KrList *b);
/** a * n (memcpy doubling). */
KrList *kr_list_repeat(KrList *a, int64_t n);
/** l[start:stop:step]; flags KR_SLICE_NO_START/NO_STOP; step 0 ValueError. */
KrList *kr_list_slice(KrList *l, int64_t start, int64_t stop, int64_t step, int flags);
/** l.copy(), l.reverse(), l.clear(). */
KrList *kr_list_copy(KrList *l);
void kr_list_reverse(KrList *l);
void kr_list_clear(KrList *l);
/** Element comparators. kr_cmp_f64 returns 2 when either side is NaN
 *  (unordered: not equal, and neither < nor > should be inferred). */
int kr_cmp_i64(const void *a, const void *b);
int kr_cmp_f64(const void *a, const void *b);
int kr_cmp_bool(const void *a, const void *b);
int kr_cmp_str(const void *a, const void *b);
/** First k with l[k] == elem, -1 if absent ('in', .index, .count). */
int64_t kr_list_find(KrList *l, const void *elem, KrCmp eq);
/** list.index(x): ValueError '<repr_of_x> is not in list'. */
int64_t kr_list_index_of(KrList *l, const void *elem, KrCmp cmp, KrStr *repr_of_x);
int64_t kr_list_count(KrList *l, const void *elem, KrCmp cmp);
/** list.remove(x): ValueError 'list.remove(x): x not in list'. */
void kr_list_remove(KrList *l, const void *elem, KrCmp cmp);
/** Stable sort (merge sort), like list.sort(reverse=...). */
void kr_list_sort(KrList *l, KrCmp cmp, bool reverse);
/** The index of the first greatest (`max`) or least element, as Python's
 *  max()/min() pick it; -1 when empty. */
int64_t kr_list_argext(KrList *l, KrCmp cmp, bool max);
/** Lexicographic comparison (==, <, ... on lists): -1, 0, 1, or 2 when the
 *  first differing pair is unordered (NaN): then ==, <, > are all false. */
int kr_list_cmp(KrList *a, KrList *b, KrCmp cmp);
/** repr(list) with an element printer (e.g. kr_buf_put_f64 adapters). */
typedef void (*KrPutElem)(KrBuf *b, const void *elem);
void kr_buf_put_list(KrBuf *b, KrList *l, KrPutElem put);
void kr_put_elem_i64(KrBuf *b, const void *e);
void kr_put_elem_f64(KrBuf *b, const void *e);
void kr_put_elem_bool(KrBuf *b, const void *e);
void kr_put_elem_str(KrBuf *b, const void *e); /* repr of each str */

/* ------------------------------------------------------------------ */
/* Startup, argv, I/O                                                  */
/* ------------------------------------------------------------------ */

/** sys.argv as a list of str. */
extern KrList *kr_argv;
/** argv, a large stdout buffer, the default random seed, the stack guard. */
void kr_init(int argc, char **argv);
/** Start-up for an extension module: nothing that belongs to the host
 * interpreter (stdout buffering, sys.argv) is touched. */
void kr_init_module(void);
/** Sets the recursion guard's stack floor for the calling thread (a thread
 * of the host interpreter entering compiled code). */
void kr_thread_stack_init(void);
/** Writes the buffer to stdout and resets it (print builds one line). */
void kr_print_buf(KrBuf *b);
void kr_flush(void);
/** input(): reads a line from stdin without the newline; EOFError is not
 *  in the exception list, so EOF raises RuntimeError('EOF when reading a line'). */
KrStr *kr_input(KrStr *prompt);

#include "array.h"
#include "npmath.h"

#ifdef __cplusplus
}
#endif
#endif /* KRAIT_RT_H */
