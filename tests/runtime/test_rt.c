/* test_rt.c — replays CPython-generated vectors against the krait runtime.
 *
 * Usage: test_rt VECTORS_FILE. Each line is `op arg... expected` (see
 * gen_vectors.py). The runtime's answer is rendered to a string (repr for
 * floats, '!Type: message' for a raised exception) and compared with
 * CPython's. A few checks that need no oracle data (refcounts, traceback
 * layout, buffers) run at the end. Prints 'N passed, N failed'.
 */
#define _GNU_SOURCE
#include <krait/rt.h>

#include <stdlib.h>
#include <complex.h>
#include <string.h>
#include <unistd.h>

static int64_t passed, failed;

#define MAXF 16
typedef struct Vec {
  char *f[MAXF];
  int64_t len[MAXF];
  int n;
  int lineno;
} Vec;

/* Unescapes one field in place. */
static int64_t unescape(char *s) {
  char *w = s;
  for (char *r = s; *r; r++) {
    if (*r == '\\' && r[1]) {
      r++;
      *w++ = *r == 't' ? '\t' : *r == 'n' ? '\n' : *r == 'r' ? '\r' : *r == '0' ? '\0' : *r;
    } else {
      *w++ = *r;
    }
  }
  *w = 0;
  return w - s;
}

static void split_line(char *line, Vec *v) {
  v->n = 0;
  char *p = line;
  for (;;) {
    char *t = strchr(p, '\t');
    if (t) *t = 0;
    if (v->n < MAXF) {
      v->f[v->n] = p;
      v->len[v->n] = unescape(p);
      v->n++;
    }
    if (!t) break;
    p = t + 1;
  }
}

static double F(const char *s) { return strtod(s, NULL); }
static int64_t N(const char *s) { return strtoll(s, NULL, 10); }

/* Result string: the buffer, or the pending exception. */
static void take_result(KrBuf *out) {
  if (!kr_err_occurred()) return;
  KrStr *m = kr_exc_message();
  out->len = 0;
  kr_buf_putc(out, '!');
  kr_buf_puts(out, kr_exc_name((KrExc)kr_err));
  if (m->len) kr_buf_puts(out, ": "), kr_buf_put_str(out, m);
  kr_decref(m);
  kr_err_clear();
}

static void check(const Vec *v, KrBuf *got) {
  take_result(got);
  const char *exp = v->f[v->n - 1];
  int64_t elen = v->len[v->n - 1];
  if (got->len == elen && memcmp(got->p, exp, (size_t)elen) == 0) {
    passed++;
    return;
  }
  failed++;
  if (failed <= 60) {
    fprintf(stderr, "FAIL line %d:", v->lineno);
    for (int i = 0; i < v->n - 1; i++) fprintf(stderr, " [%s]", v->f[i]);
    fprintf(stderr, "\n   expected: [%s]\n   got:      [%.*s]\n", exp, (int)got->len,
            got->p ? got->p : "");
  }
}

static void put_f64_or_err(KrBuf *b, double r) {
  if (!kr_err_occurred()) kr_buf_put_f64(b, r);
}
static void put_i64_or_err(KrBuf *b, int64_t r) {
  if (!kr_err_occurred()) kr_buf_put_i64(b, r);
}
static void put_bool(KrBuf *b, bool r) {
  if (!kr_err_occurred()) kr_buf_put_bool(b, r);
}

static KrStr *S(const Vec *v, int i) { return kr_str_new(v->f[i], v->len[i]); }

/* ---------------------------------------------------------------- ops */

typedef double (*Fn1)(double);
static const struct {
  const char *name;
  Fn1 fn;
} math1[] = {
    {"sqrt", kr_math_sqrt},   {"exp", kr_math_exp},       {"exp2", kr_math_exp2},
    {"expm1", kr_math_expm1}, {"log", kr_math_log},       {"log2", kr_math_log2},
    {"log10", kr_math_log10}, {"log1p", kr_math_log1p},   {"sin", kr_math_sin},
    {"cos", kr_math_cos},     {"tan", kr_math_tan},       {"asin", kr_math_asin},
    {"acos", kr_math_acos},   {"atan", kr_math_atan},     {"sinh", kr_math_sinh},
    {"cosh", kr_math_cosh},   {"tanh", kr_math_tanh},     {"asinh", kr_math_asinh},
    {"acosh", kr_math_acosh}, {"atanh", kr_math_atanh},   {"fabs", kr_math_fabs},
    {"erf", kr_math_erf},     {"erfc", kr_math_erfc},     {"gamma", kr_math_gamma},
    {"lgamma", kr_math_lgamma}, {"degrees", kr_math_degrees}, {"radians", kr_math_radians},
    {"cbrt", kr_math_cbrt},
};

typedef double (*Fn2)(double, double);
static const struct {
  const char *name;
  Fn2 fn;
} math2[] = {
    {"atan2", kr_math_atan2}, {"hypot", kr_math_hypot}, {"fmod", kr_math_fmod},
    {"copysign", kr_math_copysign}, {"pow", kr_math_pow}, {"log_base", kr_math_log_base},
    {"remainder", kr_math_remainder},
};

static double t_floordiv(double a, double b) { return kr_floordiv_f64(a, b); }
static double t_mod(double a, double b) { return kr_mod_f64(a, b); }
static double t_truediv(double a, double b) { return kr_truediv_f64(a, b); }
static double t_pow(double a, double b) { return kr_pow_f64(a, b); }

static bool op_format(const Vec *v, KrBuf *b) {
  const char *op = v->f[0];
  if (!strcmp(op, "repr_f64")) kr_buf_put_f64(b, F(v->f[1]));
  else if (!strcmp(op, "format_f64")) kr_buf_format_f64(b, F(v->f[1]), v->f[2], v->len[2]);
  else if (!strcmp(op, "format_i64")) kr_buf_format_i64(b, N(v->f[1]), v->f[2], v->len[2]);
  else if (!strcmp(op, "format_bool")) kr_buf_format_bool(b, N(v->f[1]) != 0, v->f[2], v->len[2]);
  else if (!strcmp(op, "format_str")) {
    KrStr *s = S(v, 1);
    kr_buf_format_str(b, s, v->f[2], v->len[2]);
    kr_decref(s);
  } else if (!strcmp(op, "repr_c128")) kr_buf_put_c128(b, F(v->f[1]), F(v->f[2]));
  else if (!strcmp(op, "format_c128"))
    kr_buf_format_c128(b, F(v->f[1]), F(v->f[2]), v->f[3], v->len[3]);
  else if (!strcmp(op, "str_f32")) kr_buf_put_f32(b, (float)F(v->f[1]));
  else if (!strcmp(op, "repr_str") || !strcmp(op, "ascii_str")) {
    KrStr *s = S(v, 1);
    op[0] == 'r' ? kr_buf_put_str_repr(b, s) : kr_buf_put_str_ascii(b, s);
    kr_decref(s);
  } else if (!strncmp(op, "percent_", 8)) {
    const char *fl = v->f[1];
    int64_t w = N(v->f[2]), p = N(v->f[3]);
    char conv = v->f[4][0];
    if (op[8] == 'i') kr_buf_percent_i64(b, N(v->f[5]), fl, w, p, conv);
    else if (op[8] == 'f') kr_buf_percent_f64(b, F(v->f[5]), fl, w, p, conv);
    else {
      KrStr *s = S(v, 5);
      kr_buf_percent_str(b, s, fl, w, p, conv);
      kr_decref(s);
    }
  } else return false;
  return true;
}

static bool op_arith(const Vec *v, KrBuf *b) {
  const char *op = v->f[0];
  if (!strcmp(op, "floordiv_i64")) put_i64_or_err(b, kr_floordiv_i64(N(v->f[1]), N(v->f[2])));
  else if (!strcmp(op, "mod_i64")) put_i64_or_err(b, kr_mod_i64(N(v->f[1]), N(v->f[2])));
  else if (!strcmp(op, "divmod_i64")) {
    int64_t q, r;
    kr_divmod_i64(N(v->f[1]), N(v->f[2]), &q, &r);
    if (!kr_err_occurred()) kr_buf_put_i64(b, q), kr_buf_putc(b, ' '), kr_buf_put_i64(b, r);
  } else if (!strcmp(op, "truediv_i64")) put_f64_or_err(b, kr_truediv_i64(N(v->f[1]), N(v->f[2])));
  else if (!strcmp(op, "lshift_i64")) put_i64_or_err(b, kr_lshift_i64(N(v->f[1]), N(v->f[2])));
  else if (!strcmp(op, "rshift_i64")) put_i64_or_err(b, kr_rshift_i64(N(v->f[1]), N(v->f[2])));
  else if (!strcmp(op, "pow_i64")) put_i64_or_err(b, kr_pow_i64(N(v->f[1]), N(v->f[2])));
  else if (!strcmp(op, "round_i64_nd")) put_i64_or_err(b, kr_round_i64_nd(N(v->f[1]), N(v->f[2])));
  else if (!strcmp(op, "floordiv_f64")) put_f64_or_err(b, t_floordiv(F(v->f[1]), F(v->f[2])));
  else if (!strcmp(op, "mod_f64")) put_f64_or_err(b, t_mod(F(v->f[1]), F(v->f[2])));
  else if (!strcmp(op, "truediv_f64")) put_f64_or_err(b, t_truediv(F(v->f[1]), F(v->f[2])));
  else if (!strcmp(op, "pow_f64")) put_f64_or_err(b, t_pow(F(v->f[1]), F(v->f[2])));
  else if (!strcmp(op, "divmod_f64")) {
    double q, r;
    kr_divmod_f64(F(v->f[1]), F(v->f[2]), &q, &r);
    if (!kr_err_occurred()) kr_buf_put_f64(b, q), kr_buf_putc(b, ' '), kr_buf_put_f64(b, r);
  } else if (!strcmp(op, "round_f64")) put_i64_or_err(b, kr_round_f64(F(v->f[1])));
  else if (!strcmp(op, "f64_to_i64")) put_i64_or_err(b, kr_f64_to_i64(F(v->f[1])));
  else if (!strcmp(op, "round_f64_nd")) put_f64_or_err(b, kr_round_f64_nd(F(v->f[1]), N(v->f[2])));
  else if (!strncmp(op, "str_to_", 7)) {
    KrStr *s = S(v, 1);
    if (!strcmp(op, "str_to_i64")) put_i64_or_err(b, kr_str_to_i64(s));
    else if (!strcmp(op, "str_to_i64_base")) put_i64_or_err(b, kr_str_to_i64_base(s, N(v->f[2])));
    else put_f64_or_err(b, kr_str_to_f64(s));
    kr_decref(s);
  } else return false;
  return true;
}

static void put_c(KrBuf *b, double _Complex z) {
  if (!kr_err_occurred()) kr_buf_put_c128(b, creal(z), cimag(z));
}

static bool op_math(const Vec *v, KrBuf *b) {
  const char *op = v->f[0];
  if (!strcmp(op, "math1")) {
    for (size_t i = 0; i < sizeof math1 / sizeof math1[0]; i++)
      if (!strcmp(math1[i].name, v->f[1])) put_f64_or_err(b, math1[i].fn(F(v->f[2])));
  } else if (!strcmp(op, "math2")) {
    for (size_t i = 0; i < sizeof math2 / sizeof math2[0]; i++)
      if (!strcmp(math2[i].name, v->f[1])) put_f64_or_err(b, math2[i].fn(F(v->f[2]), F(v->f[3])));
  } else if (!strcmp(op, "ldexp")) put_f64_or_err(b, kr_math_ldexp(F(v->f[1]), N(v->f[2])));
  else if (!strcmp(op, "math_toint")) {
    double x = F(v->f[2]);
    const char *n = v->f[1];
    int64_t r = n[0] == 'f' ? kr_math_floor(x) : n[0] == 'c' ? kr_math_ceil(x) : kr_math_trunc(x);
    put_i64_or_err(b, r);
  } else if (!strcmp(op, "math_int")) {
    const char *n = v->f[1];
    int64_t x = N(v->f[2]), y = N(v->f[3]), r;
    if (!strcmp(n, "factorial")) r = kr_math_factorial(x);
    else if (!strcmp(n, "gcd")) r = kr_math_gcd(x, y);
    else if (!strcmp(n, "lcm")) r = kr_math_lcm(x, y);
    else if (!strcmp(n, "isqrt")) r = kr_math_isqrt(x);
    else if (!strcmp(n, "comb")) r = kr_math_comb(x, y);
    else r = kr_math_perm(x, y);
    put_i64_or_err(b, r);
  } else if (!strcmp(op, "isclose")) {
    put_bool(b, kr_math_isclose(F(v->f[1]), F(v->f[2]), F(v->f[3]), F(v->f[4])));
  } else if (!strcmp(op, "truediv_c128") || !strcmp(op, "pow_c128") || !strcmp(op, "abs_c128")) {
    double _Complex x, y; /* set the parts: arithmetic could mangle infinities */
    double *px = (double *)&x, *py = (double *)&y;
    px[0] = F(v->f[1]), px[1] = F(v->f[2]), py[0] = F(v->f[3]), py[1] = F(v->f[4]);
    if (op[0] == 't') put_c(b, kr_truediv_c128(x, y));
    else if (op[0] == 'p') put_c(b, kr_pow_c128(x, y));
    else put_f64_or_err(b, kr_abs_c128(x));
  } else return false;
  return true;
}

static void rand_seq(const char *kind, KrBuf *b) {
  for (int i = 0;; i++) {
    if (!strcmp(kind, "random") && i < 20) kr_buf_put_f64(b, kr_random_random());
    else if (!strcmp(kind, "randint_1_6") && i < 30) kr_buf_put_i64(b, kr_random_randint(1, 6));
    else if (!strcmp(kind, "randint_big") && i < 10)
      kr_buf_put_i64(b, kr_random_randint(-1000000000000000000, 1000000000000000000));
    else if (!strcmp(kind, "randrange_3_100_7") && i < 20)
      kr_buf_put_i64(b, kr_random_randrange(3, 100, 7));
    else if (!strcmp(kind, "randrange_50_0_-3") && i < 20)
      kr_buf_put_i64(b, kr_random_randrange(50, 0, -3));
    else if (!strcmp(kind, "gauss") && i < 11) kr_buf_put_f64(b, kr_random_gauss(1.0, 2.0));
    else if (!strcmp(kind, "normalvariate") && i < 10)
      kr_buf_put_f64(b, kr_random_normalvariate(0.0, 1.0));
    else if (!strcmp(kind, "expovariate") && i < 5) kr_buf_put_f64(b, kr_random_expovariate(1.5));
    else if (!strcmp(kind, "uniform") && i < 10) kr_buf_put_f64(b, kr_random_uniform(-3.0, 5.0));
    else if (!strcmp(kind, "getrandbits") && i < 10) {
      static const int ks[] = {1, 5, 31, 32, 33, 48, 63, 64, 0, 17};
      kr_buf_put_u64(b, kr_random_getrandbits(ks[i]));
    } else if (!strcmp(kind, "choice10") && i < 15) {
      KrList *l = kr_list_new(8, false, 10);
      for (int64_t k = 0; k < 10; k++) kr_list_append_i64(l, k);
      kr_buf_put_i64(b, ((int64_t *)l->data)[kr_random_choice_index(l)]);
      kr_decref(l);
    } else if (!strcmp(kind, "shuffle20") && i == 0) {
      KrList *l = kr_list_new(8, false, 20);
      for (int64_t k = 0; k < 20; k++) kr_list_append_i64(l, k);
      kr_random_shuffle(l);
      for (int64_t k = 0; k < 20; k++) {
        if (k) kr_buf_putc(b, ' ');
        kr_buf_put_i64(b, ((int64_t *)l->data)[k]);
      }
      kr_decref(l);
      continue;
    } else break;
    kr_buf_putc(b, ' ');
  }
  if (b->len && b->p[b->len - 1] == ' ') b->len--;
}

static bool op_random(const Vec *v, KrBuf *b) {
  const char *op = v->f[0];
  if (!strcmp(op, "rand")) {
    kr_random_seed(N(v->f[1]));
    rand_seq(v->f[2], b);
  } else if (!strcmp(op, "randrange_err")) {
    put_i64_or_err(b, kr_random_randrange(N(v->f[1]), N(v->f[2]), N(v->f[3])));
  } else if (!strcmp(op, "randint_err")) {
    put_i64_or_err(b, kr_random_randint(N(v->f[1]), N(v->f[2])));
  } else return false;
  return true;
}

static void put_str_list(KrBuf *b, KrList *l) {
  if (!kr_err_occurred()) kr_buf_put_list(b, l, kr_put_elem_str);
  kr_decref(l);
}

static void put_new_str(KrBuf *b, KrStr *s) {
  if (s) kr_buf_put_str(b, s);
  kr_decref(s);
}

static bool op_str(const Vec *v, KrBuf *b) {
  const char *op = v->f[0];
  if (!strcmp(op, "str_un")) {
    const char *n = v->f[1];
    KrStr *s = S(v, 2);
    if (!strcmp(n, "upper")) put_new_str(b, kr_str_upper(s));
    else if (!strcmp(n, "lower")) put_new_str(b, kr_str_lower(s));
    else if (!strcmp(n, "strip")) put_new_str(b, kr_str_strip(s));
    else if (!strcmp(n, "lstrip")) put_new_str(b, kr_str_lstrip(s));
    else if (!strcmp(n, "rstrip")) put_new_str(b, kr_str_rstrip(s));
    else if (!strcmp(n, "len")) kr_buf_put_i64(b, kr_str_len(s));
    else if (!strcmp(n, "split")) put_str_list(b, kr_str_split(s, NULL));
    else if (!strcmp(n, "repr")) put_new_str(b, kr_str_repr(s));
    kr_decref(s);
  } else if (!strcmp(op, "str_bin")) {
    const char *n = v->f[1];
    KrStr *s = S(v, 2), *t = S(v, 3);
    if (!strcmp(n, "split")) {
      KrList *l = kr_str_split(s, t);
      if (l) put_str_list(b, l);
    } else if (!strcmp(n, "find")) kr_buf_put_i64(b, kr_str_find(s, t));
    else if (!strcmp(n, "count")) kr_buf_put_i64(b, kr_str_count(s, t));
    else if (!strcmp(n, "contains")) kr_buf_put_bool(b, kr_str_contains(s, t));
    else if (!strcmp(n, "startswith")) kr_buf_put_bool(b, kr_str_startswith(s, t));
    else if (!strcmp(n, "endswith")) kr_buf_put_bool(b, kr_str_endswith(s, t));
    else if (!strcmp(n, "concat")) put_new_str(b, kr_str_concat(s, t));
    else if (!strcmp(n, "cmp")) kr_buf_put_i64(b, kr_str_cmp(s, t));
    else if (!strcmp(n, "strip_chars"))
      put_new_str(b, kr_str_strip_chars(s, t->len ? t : NULL, true, true));
    else if (!strcmp(n, "join")) { /* s is the separator, t the ','-list */
      KR_STR_LIT(comma, ",");
      KrList *parts = kr_str_split(t, &comma);
      put_new_str(b, kr_str_join(s, parts));
      kr_decref(parts);
    }
    kr_decref(s), kr_decref(t);
  } else if (!strcmp(op, "str_tri")) {
    KrStr *s = S(v, 2), *o = S(v, 3), *n = S(v, 4);
    put_new_str(b, kr_str_replace(s, o, n));
    kr_decref(s), kr_decref(o), kr_decref(n);
  } else if (!strcmp(op, "str_getitem")) {
    KrStr *s = S(v, 1);
    put_new_str(b, kr_str_getitem(s, N(v->f[2])));
    kr_decref(s);
  } else if (!strcmp(op, "str_repeat")) {
    KrStr *s = S(v, 1);
    put_new_str(b, kr_str_repeat(s, N(v->f[2])));
    kr_decref(s);
  } else if (!strcmp(op, "str_slice")) {
    KrStr *s = S(v, 1);
    put_new_str(b, kr_str_slice(s, N(v->f[2]), N(v->f[3]), N(v->f[4]), (int)N(v->f[5])));
    kr_decref(s);
  } else if (!strcmp(op, "chr")) {
    KrStr *s = kr_chr(N(v->f[1]));
    if (s) kr_buf_put_str_repr(b, s);
    kr_decref(s);
  } else if (!strcmp(op, "ord")) {
    KrStr *s = S(v, 1);
    put_i64_or_err(b, kr_ord(s));
    kr_decref(s);
  } else return false;
  return true;
}

static KrList *range_list(int64_t n) {
  KrList *l = kr_list_new(8, false, 0);
  for (int64_t i = 0; i < n; i++) kr_list_append_i64(l, i);
  return l;
}

static KrList *parse_i64s(const char *s) {
  KrList *l = kr_list_new(8, false, 0);
  char *end;
  for (const char *p = s; *p;) {
    int64_t x = strtoll(p, &end, 10);
    if (end == p) break;
    kr_list_append_i64(l, x);
    p = end;
  }
  return l;
}

static void put_list_i64(KrBuf *b, KrList *l) {
  if (l && !kr_err_occurred()) kr_buf_put_list(b, l, kr_put_elem_i64);
  kr_decref(l);
}

static void op_sort(const Vec *v, KrBuf *b) {
  bool rev = N(v->f[2]) != 0;
  KrList *l;
  if (v->f[0][5] == 'i') {
    l = parse_i64s(v->f[1]);
    kr_list_sort(l, kr_cmp_i64, rev);
    put_list_i64(b, l);
    return;
  }
  if (v->f[0][5] == 'f') {
    l = kr_list_new(8, false, 0);
    char *end;
    for (const char *p = v->f[1]; *p;) {
      double x = strtod(p, &end);
      if (end == p) break;
      kr_list_append_f64(l, x);
      p = end;
    }
    kr_list_sort(l, kr_cmp_f64, rev);
    kr_buf_put_list(b, l, kr_put_elem_f64);
    kr_decref(l);
    return;
  }
  l = kr_list_new(sizeof(KrStr *), true, 0);
  if (v->len[1]) {
    KR_STR_LIT(sep, "\x01");
    KrStr *all = S(v, 1);
    kr_decref(l);
    l = kr_str_split(all, &sep);
    kr_decref(all);
  }
  kr_list_sort(l, kr_cmp_str, rev);
  put_str_list(b, l);
}

static bool op_list(const Vec *v, KrBuf *b) {
  const char *op = v->f[0];
  if (!strcmp(op, "list_slice")) {
    KrList *l = range_list(N(v->f[1]));
    put_list_i64(b, kr_list_slice(l, N(v->f[2]), N(v->f[3]), N(v->f[4]), (int)N(v->f[5])));
    kr_decref(l);
  } else if (!strcmp(op, "list_index")) {
    KrList *l = range_list(N(v->f[1]));
    int64_t k = kr_list_index(l, N(v->f[2]));
    if (!kr_err_occurred()) kr_buf_put_i64(b, ((int64_t *)l->data)[k]);
    kr_decref(l);
  } else if (!strcmp(op, "list_pop")) {
    KrList *l = range_list(N(v->f[1]));
    int64_t out = -1;
    kr_list_pop(l, N(v->f[2]), &out);
    if (!kr_err_occurred()) kr_buf_put_i64(b, out), kr_buf_putc(b, ' '), put_list_i64(b, l);
    else kr_decref(l);
  } else if (!strcmp(op, "list_insert")) {
    KrList *l = range_list(N(v->f[1]));
    int64_t x = 99;
    kr_list_insert(l, N(v->f[2]), &x);
    put_list_i64(b, l);
  } else if (!strcmp(op, "list_repeat")) {
    KrList *l = range_list(N(v->f[1]));
    put_list_i64(b, kr_list_repeat(l, N(v->f[2])));
    kr_decref(l);
  } else if (!strncmp(op, "sort_", 5)) {
    op_sort(v, b);
  } else if (!strcmp(op, "list_cmp")) {
    KrList *x = parse_i64s(v->f[1]), *y = parse_i64s(v->f[2]);
    kr_buf_put_i64(b, kr_list_cmp(x, y, kr_cmp_i64));
    kr_decref(x), kr_decref(y);
  } else if (!strcmp(op, "list_find")) {
    KrList *l = parse_i64s(v->f[1]);
    int64_t x = N(v->f[2]);
    KrStr *rx = kr_str_from_i64(x);
    int64_t k = kr_list_index_of(l, &x, kr_cmp_i64, rx);
    if (!kr_err_occurred()) {
      kr_buf_put_i64(b, k);
      kr_buf_putc(b, ' ');
      kr_buf_put_i64(b, kr_list_count(l, &x, kr_cmp_i64));
    }
    kr_decref(rx), kr_decref(l);
  } else return false;
  return true;
}

static KrExc exc_by_name(const char *n) {
#define X(e) if (!strcmp(n, #e)) return KR_EXC_##e;
  KR_EXCEPTIONS(X)
#undef X
  return KR_EXC_NONE;
}

static bool op_exc(const Vec *v, KrBuf *b) {
  if (strcmp(v->f[0], "exc_matches")) return false;
  kr_buf_put_bool(b, kr_exc_matches(exc_by_name(v->f[1]), exc_by_name(v->f[2])));
  return true;
}

static void run_vector(Vec *v, KrBuf *b) {
  b->len = 0;
  if (!op_format(v, b) && !op_arith(v, b) && !op_math(v, b) && !op_random(v, b) &&
      !op_str(v, b) && !op_list(v, b) && !op_exc(v, b)) {
    fprintf(stderr, "line %d: unknown op %s\n", v->lineno, v->f[0]);
    failed++;
    return;
  }
  check(v, b);
}

/* ------------------------------------------------------ direct checks */

static void expect(bool ok, const char *what) {
  if (ok) {
    passed++;
  } else {
    failed++;
    fprintf(stderr, "FAIL: %s\n", what);
  }
}

static void test_refcounts(void) {
  KrStr *a = kr_str_from_cstr("hello"), *c = kr_str_from_cstr("world");
  KrList *inner = kr_list_new(sizeof(KrStr *), true, 0);
  kr_list_append(inner, &a);
  kr_list_append(inner, &c);
  expect(a->h.rc == 2, "append increfs");
  KrList *outer = kr_list_new(sizeof(KrList *), true, 0);
  kr_list_append(outer, &inner);
  KrList *rep = kr_list_repeat(outer, 3);
  expect(inner->h.rc == 5, "repeat increfs nested lists");
  kr_list_set(inner, 0, &c);
  expect(a->h.rc == 1 && c->h.rc == 3, "set moves references");
  KrStr *popped = NULL;
  kr_list_pop(inner, 0, &popped);
  expect(popped == c && c->h.rc == 3, "pop moves the reference out");
  kr_decref(popped);
  kr_decref(rep);
  kr_decref(outer);
  expect(inner->h.rc == 1, "freeing outer lists decrefs elements");
  kr_decref(inner);
  expect(c->h.rc == 1, "freeing inner list decrefs strings");
  kr_decref(a), kr_decref(c);
  KR_STR_LIT(lit, "static");
  kr_decref(&lit);
  expect(lit.h.rc == KR_IMMORTAL - 1, "literals are immortal");
}

/* An element wider than kr_list_set's stack buffer (a tuple of 40 fields):
 * the old element is still released and the new one retained. */
typedef struct { KrStr *s; int64_t pad[39]; } WideElem;
static void wide_retain(void *e) { kr_incref(((WideElem *)e)->s); }
static void wide_release(void *e) { kr_decref(((WideElem *)e)->s); }
static const KrElemOps wide_ops = {wide_retain, wide_release};

static void test_wide_set(void) {
  KrStr *a = kr_str_from_cstr("old"), *b = kr_str_from_cstr("new");
  KrList *l = kr_list_new(sizeof(WideElem), false, 0);
  kr_list_set_ops(l, &wide_ops);
  WideElem e = {.s = a};
  kr_list_append(l, &e);
  e.s = b;
  kr_list_set(l, 0, &e);
  expect(a->h.rc == 1 && b->h.rc == 2, "set of a wide element moves references");
  kr_list_set(l, 0, (WideElem *)l->data); /* the element itself */
  expect(b->h.rc == 2, "setting a wide element to itself keeps it alive");
  kr_decref(l);
  expect(b->h.rc == 1, "freeing the list releases wide elements");
  kr_decref(a), kr_decref(b);
}

static void test_traceback(void) {
  FILE *tmp = tmpfile();
  int saved = dup(2);
  fflush(stderr);
  dup2(fileno(tmp), 2);
  kr_raise(KR_EXC_ValueError, "bad %d", 42);
  for (int i = 0; i < 6; i++) kr_tb_add("t.py", 3, "rec");
  kr_tb_add("t.py", 9, "<module>");
  int status = kr_main_exit();
  kr_raise(KR_EXC_ZeroDivisionError, "%s", "");
  kr_exc_report();
  kr_err_clear();
  fflush(stderr);
  dup2(saved, 2);
  close(saved);
  char out[1024] = {0};
  rewind(tmp);
  size_t n = fread(out, 1, sizeof out - 1, tmp);
  fclose(tmp);
  const char *want = "Traceback (most recent call last):\n"
                     "  File \"t.py\", line 9, in <module>\n"
                     "  File \"t.py\", line 3, in rec\n"
                     "  File \"t.py\", line 3, in rec\n"
                     "  File \"t.py\", line 3, in rec\n"
                     "  [Previous line repeated 3 more times]\n"
                     "ValueError: bad 42\n"
                     "ZeroDivisionError\n";
  expect(status == 1 && n == strlen(want) && !memcmp(out, want, n), "traceback layout");
  kr_sys_exit_i64(3);
  expect(kr_main_exit() == 3, "SystemExit code");
  kr_err_clear();
}

static int deep(int n) {
  if (kr_enter_call()) return -1;
  int r = n == 0 ? 0 : deep(n - 1);
  kr_leave_call();
  return r < 0 ? r : r + 1;
}

static void test_recursion(void) {
  expect(deep(1000) == 1001 && !kr_err_occurred(), "recursion within limit");
  expect(deep(200000) < 0 && kr_err == KR_EXC_RecursionError, "recursion limit raises");
  expect(kr_call_depth == 0, "depth unwinds");
  kr_err_clear();
}

static void test_buffers(void) {
  KrBuf b = {0};
  for (int i = 0; i < 10000; i++) kr_buf_put_i64(&b, i);
  KrStr *s = kr_buf_finish(&b);
  expect(s->len == 38890 && b.len == 0, "buffer grows");
  kr_decref(s);
  kr_buf_free(&b);
  KrList *l = kr_list_new(1, false, 0);
  bool t = true;
  kr_list_append(l, &t);
  KrList *big = kr_list_repeat(l, 1000001);
  expect(big->len == 1000001 && big->data[1000000] == 1, "bool list repeat");
  kr_decref(big), kr_decref(l);
  expect(kr_argv != NULL && kr_argv->len >= 1, "argv");
}

int main(int argc, char **argv) {
  kr_init(argc, argv);
  if (argc < 2) {
    fprintf(stderr, "usage: %s VECTORS\n", argv[0]);
    return 2;
  }
  FILE *f = fopen(argv[1], "r");
  if (!f) return perror(argv[1]), 2;
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  int lineno = 0;
  KrBuf b = {0};
  while ((n = getline(&line, &cap, f)) > 0) {
    lineno++;
    if (line[n - 1] == '\n') line[--n] = 0;
    if (!n) continue;
    Vec v;
    split_line(line, &v);
    v.lineno = lineno;
    run_vector(&v, &b);
  }
  free(line);
  fclose(f);
  kr_buf_free(&b);
  test_refcounts();
  test_wide_set();
  test_traceback();
  test_recursion();
  test_buffers();
  kr_decref(kr_argv);
  printf("%lld passed, %lld failed\n", (long long)passed, (long long)failed);
  return failed ? 1 : 0;
}
