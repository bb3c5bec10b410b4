/* array_print.c — str(a) and repr(a) exactly as numpy 2.x prints them.
 *
 * A port of numpy/_core/arrayprint.py with the default print options
 * (precision 8, floatmode 'maxprec', suppress False, linewidth 75,
 * threshold 1000, edgeitems 3, sign '-'):
 *  - one formatter is chosen for the whole array from the elements that
 *    are shown (all of them, or the corners when size > threshold):
 *    BoolFormat, IntegerFormat (common width), FloatingFormat (positional
 *    or scientific for all elements, padded to common widths),
 *    ComplexFloatingFormat (two FloatingFormats);
 *  - _formatArray lays the elements out: nested brackets, rows wrapped at
 *    the line width, continuation lines indented to the bracket.
 * Float digits are numpy's Dragon4 in 'unique' mode with a precision cap:
 * the shortest round-trip digits (the runtime's float repr), correctly
 * rounded to 8 fractional (positional) or 8 mantissa (scientific) digits
 * when the shortest form is longer.
 */
#include <krait/rt.h>

#include <stdlib.h>
#include <string.h>

#define PRINT_PRECISION 8
#define PRINT_LINEWIDTH 75
#define PRINT_THRESHOLD 1000
#define PRINT_EDGEITEMS 3

/* ------------------------------------------------------------------ */
/* Decimal digits                                                      */
/* ------------------------------------------------------------------ */

/* |value| = 0.d[0]d[1]...d[n-1] * 10**decpt; n == 0 is zero. */
typedef struct Dec {
  bool neg;
  int n, decpt;
  char d[40];
} Dec;

/* Reads a decimal ('123.45', '0.0001', '1.5e-07', '1e+16') into g. */
static void parse_dec(const char *s, int64_t len, Dec *g) {
  char dig[400];
  int m = 0, point = -1, exp = 0;
  int64_t i = 0;
  for (; i < len && s[i] != 'e'; i++) {
    if (s[i] == '.') point = m;
    else if (m < (int)sizeof dig) dig[m++] = s[i];
  }
  if (i < len) {   /* the exponent, within len: the buffer is not terminated */
    int sign = 1;
    for (i++; i < len && (s[i] == '+' || s[i] == '-'); i++) sign = s[i] == '-' ? -1 : sign;
    for (; i < len && s[i] >= '0' && s[i] <= '9'; i++) exp = exp * 10 + (s[i] - '0');
    exp *= sign;
  }
  if (point < 0) point = m;
  int lead = 0;
  while (lead < m && dig[lead] == '0') lead++;
  int end = m;
  while (end > lead && dig[end - 1] == '0') end--;
  g->n = end - lead;
  if (g->n > (int)sizeof g->d) g->n = (int)sizeof g->d;
  memcpy(g->d, dig + lead, (size_t)g->n);
  g->decpt = g->n ? point - lead + exp : 0;
}

/* Shortest round-trip digits of v (as float32 when f32). */
static void dec_shortest(double v, bool f32, Dec *g) {
  KrBuf b = {0};
  if (f32) kr_buf_put_f32(&b, (float)fabs(v));
  else kr_buf_put_f64(&b, fabs(v));
  parse_dec(b.p, b.len, g);
  kr_buf_free(&b);
  g->neg = signbit(v) != 0;
}

/* Dragon4 positional, unique digits, at most `prec` fractional digits. */
static void dec_positional(double v, bool f32, int prec, Dec *g) {
  dec_shortest(v, f32, g);
  if (g->n - g->decpt <= prec) return;
  char tmp[400];
  int len = snprintf(tmp, sizeof tmp, "%.*f", prec, fabs(v));
  parse_dec(tmp, len, g);
  g->neg = signbit(v) != 0;
}

/* Dragon4 scientific, unique digits, at most `prec` digits after the first. */
static void dec_scientific(double v, bool f32, int prec, Dec *g) {
  dec_shortest(v, f32, g);
  if (g->n - 1 <= prec) return;
  char tmp[64];
  int len = snprintf(tmp, sizeof tmp, "%.*e", prec, fabs(v));
  parse_dec(tmp, len, g);
  g->neg = signbit(v) != 0;
}

static void put_spaces(KrBuf *b, int64_t n) {
  for (; n > 0; n--) kr_buf_putc(b, ' ');
}

static int sign_len(const Dec *g, bool plus) { return g->neg || plus ? 1 : 0; }

static int pos_int_len(const Dec *g, bool plus) {
  return sign_len(g, plus) + (g->decpt > 0 ? g->decpt : 1);
}
static int pos_frac_len(const Dec *g) { return g->n > g->decpt ? g->n - g->decpt : 0; }

static int exp_value(const Dec *g) { return g->n ? g->decpt - 1 : 0; }
static int exp_len(const Dec *g) {
  int e = abs(exp_value(g)), k = 1;
  while (e >= 10) {
    e /= 10;
    k++;
  }
  return k < 2 ? 2 : k;
}

/* ------------------------------------------------------------------ */
/* FloatingFormat                                                      */
/* ------------------------------------------------------------------ */

typedef struct FloatFmt {
  bool f32;       /* digits of float32 values */
  bool plus;      /* sign '+' (imaginary parts) */
  bool exp;       /* scientific notation */
  int pad_left, pad_right;
  int prec;       /* scientific: mantissa digits after the point */
  int exp_size;   /* scientific: exponent digits */
} FloatFmt;

/* numpy's exp_format decision over the finite non-zero |values|. */
static bool want_exp(const double *v, int64_t n, bool f32) {
  double mx = 0, mn = INFINITY;
  bool any = false;
  for (int64_t i = 0; i < n; i++) {
    double x = fabs(v[i]);
    if (!isfinite(x) || x == 0) continue;
    any = true;
    if (x > mx) mx = x;
    if (x < mn) mn = x;
  }
  if (!any) return false;
  if (f32) { /* numpy compares and divides in float32 (NEP 50) */
    float fx = (float)mx, fn = (float)mn;
    volatile float ratio = fx / fn;
    return fx >= 1e6f || fn < 0.0001f || ratio > 1000.0f;
  }
  return mx >= 1e8 || mn < 0.0001 || mx / mn > 1000.0;
}

/* FloatingFormat.fillFormat over the values v[0..n). */
static void float_fmt_init(FloatFmt *f, const double *v, int64_t n, bool f32, bool plus) {
  memset(f, 0, sizeof *f);
  f->f32 = f32;
  f->plus = plus;
  f->exp = want_exp(v, n, f32);
  f->exp_size = -1;
  bool any_finite = false, nonfinite = false, neginf = plus;
  for (int64_t i = 0; i < n; i++) {
    if (!isfinite(v[i])) {
      nonfinite = true;
      if (isinf(v[i]) && v[i] < 0) neginf = true;
      continue;
    }
    any_finite = true;
    Dec g;
    if (f->exp) {
      dec_scientific(v[i], f32, PRINT_PRECISION, &g);
      int il = sign_len(&g, plus) + 1, fl = g.n > 1 ? g.n - 1 : 0, el = exp_len(&g);
      if (il > f->pad_left) f->pad_left = il;
      if (fl > f->prec) f->prec = fl;
      if (el > f->exp_size) f->exp_size = el;
    } else {
      dec_positional(v[i], f32, PRINT_PRECISION, &g);
      int il = pos_int_len(&g, plus), fl = pos_frac_len(&g);
      if (il > f->pad_left) f->pad_left = il;
      if (fl > f->pad_right) f->pad_right = fl;
    }
  }
  if (any_finite && f->exp) f->pad_right = f->exp_size + 2 + f->prec;
  if (nonfinite) {
    int offset = f->pad_right + 1;
    if (3 - offset > f->pad_left) f->pad_left = 3 - offset;
    if (3 + (int)neginf - offset > f->pad_left) f->pad_left = 3 + (int)neginf - offset;
  }
}

static void put_sign(KrBuf *b, const Dec *g, bool plus) {
  if (g->neg) kr_buf_putc(b, '-');
  else if (plus) kr_buf_putc(b, '+');
}

static void put_positional(KrBuf *b, const FloatFmt *f, const Dec *g) {
  put_spaces(b, f->pad_left - pos_int_len(g, f->plus));
  put_sign(b, g, f->plus);
  if (g->decpt <= 0) {
    kr_buf_putc(b, '0');
  } else {
    for (int k = 0; k < g->decpt; k++) kr_buf_putc(b, k < g->n ? g->d[k] : '0');
  }
  kr_buf_putc(b, '.');
  for (int k = g->decpt; k < 0; k++) kr_buf_putc(b, '0');
  int from = g->decpt > 0 ? g->decpt : 0;
  if (g->n > from) kr_buf_put(b, g->d + from, g->n - from);
  put_spaces(b, f->pad_right - pos_frac_len(g));
}

static void put_scientific(KrBuf *b, const FloatFmt *f, const Dec *g) {
  put_spaces(b, f->pad_left - sign_len(g, f->plus) - 1);
  put_sign(b, g, f->plus);
  kr_buf_putc(b, g->n ? g->d[0] : '0');
  kr_buf_putc(b, '.');
  if (g->n > 1) kr_buf_put(b, g->d + 1, g->n - 1);
  for (int k = g->n > 1 ? g->n - 1 : 0; k < f->prec; k++) kr_buf_putc(b, '0');
  int e = exp_value(g);
  char tmp[16];
  int width = f->exp_size > 2 ? f->exp_size : 2;
  int len = snprintf(tmp, sizeof tmp, "e%c%0*d", e < 0 ? '-' : '+', width, abs(e));
  kr_buf_put(b, tmp, len);
}

/* FloatingFormat.__call__. */
static void put_float(KrBuf *b, const FloatFmt *f, double x) {
  if (!isfinite(x)) {
    const char *s = isnan(x) ? (f->plus ? "+nan" : "nan")
                    : x < 0  ? "-inf"
                    : f->plus ? "+inf"
                              : "inf";
    int64_t len = (int64_t)strlen(s);
    put_spaces(b, f->pad_left + f->pad_right + 1 - len);
    kr_buf_put(b, s, len);
    return;
  }
  Dec g;
  if (f->exp) {
    /* min_digits == precision: digits of the exact value past the unique
     * ones (they matter for float32), i.e. %.*e correctly rounded */
    char tmp[64];
    int len = snprintf(tmp, sizeof tmp, "%.*e", f->prec, fabs(x));
    parse_dec(tmp, len, &g);
    g.neg = signbit(x) != 0;
    put_scientific(b, f, &g);
  } else {
    dec_positional(x, f->f32, PRINT_PRECISION, &g);
    put_positional(b, f, &g);
  }
}

/* ------------------------------------------------------------------ */
/* Element formatters                                                  */
/* ------------------------------------------------------------------ */

typedef struct Fmt {
  KrDType dt;
  bool zero_d;         /* 0-d array: 'True' rather than ' True' */
  int64_t int_width;   /* IntegerFormat */
  FloatFmt re, im;     /* FloatingFormat / ComplexFloatingFormat */
} Fmt;

static bool is_unsigned(KrDType dt) {
  return dt == KR_DT_U8 || dt == KR_DT_U16 || dt == KR_DT_U32 || dt == KR_DT_U64;
}

/* The element at p as int64 (signed types) or uint64 (unsigned types). */
static int64_t get_int(KrDType dt, const char *p) {
  switch (dt) {
  case KR_DT_I8: return *(const int8_t *)p;
  case KR_DT_I16: return *(const int16_t *)p;
  case KR_DT_I32: return *(const int32_t *)p;
  case KR_DT_I64: return *(const int64_t *)p;
  case KR_DT_U8: return *(const uint8_t *)p;
  case KR_DT_U16: return *(const uint16_t *)p;
  case KR_DT_U32: return *(const uint32_t *)p;
  case KR_DT_U64: return (int64_t) * (const uint64_t *)p;
  default: return *(const bool *)p;
  }
}

static void put_int(KrBuf *b, KrDType dt, const char *p) {
  if (is_unsigned(dt)) kr_buf_put_u64(b, (uint64_t)get_int(dt, p));
  else kr_buf_put_i64(b, get_int(dt, p));
}

static bool is_complex(KrDType dt) { return dt == KR_DT_C64 || dt == KR_DT_C128; }
static bool is_float(KrDType dt) { return dt == KR_DT_F32 || dt == KR_DT_F64; }

/* Real (part == 0) or imaginary (part == 1) value of a float element. */
static double get_float(KrDType dt, const char *p, int part) {
  switch (dt) {
  case KR_DT_F32: return *(const float *)p;
  case KR_DT_F64: return *(const double *)p;
  case KR_DT_C64: return ((const float *)p)[part];
  case KR_DT_C128: return ((const double *)p)[part];
  default: return 0.0;
  }
}

/* Chooses the formatter from the shown elements ptrs[0..n). */
static void fmt_init(Fmt *f, KrDType dt, bool zero_d, char **ptrs, int64_t n) {
  memset(f, 0, sizeof *f);
  f->dt = dt;
  f->zero_d = zero_d;
  if (is_float(dt) || is_complex(dt)) {
    bool f32 = dt == KR_DT_F32 || dt == KR_DT_C64;
    double *v = malloc(sizeof(double) * (size_t)(n ? n : 1));
    for (int64_t i = 0; i < n; i++) v[i] = get_float(dt, ptrs[i], 0);
    float_fmt_init(&f->re, v, n, f32, false);
    if (is_complex(dt)) {
      for (int64_t i = 0; i < n; i++) v[i] = get_float(dt, ptrs[i], 1);
      float_fmt_init(&f->im, v, n, f32, true);
    }
    free(v);
  } else if (dt != KR_DT_BOOL) {
    KrBuf tmp = {0};
    for (int64_t i = 0; i < n; i++) {
      tmp.len = 0;
      put_int(&tmp, dt, ptrs[i]);
      if (tmp.len > f->int_width) f->int_width = tmp.len;
    }
    kr_buf_free(&tmp);
  }
}

/* Appends the formatted element at p. */
static void put_elem(KrBuf *b, const Fmt *f, const char *p) {
  if (f->dt == KR_DT_BOOL) {
    if (*(const bool *)p) kr_buf_puts(b, f->zero_d ? "True" : " True");
    else kr_buf_puts(b, "False");
  } else if (is_float(f->dt)) {
    put_float(b, &f->re, get_float(f->dt, p, 0));
  } else if (is_complex(f->dt)) {
    put_float(b, &f->re, get_float(f->dt, p, 0));
    int64_t start = b->len;
    put_float(b, &f->im, get_float(f->dt, p, 1));
    int64_t end = b->len;
    while (end > start && b->p[end - 1] == ' ') end--;
    int64_t trail = b->len - end;
    kr_buf_putc(b, ' ');
    memmove(b->p + end + 1, b->p + end, (size_t)trail);
    b->p[end] = 'j';
  } else {
    int64_t start = b->len;
    put_int(b, f->dt, p);
    int64_t len = b->len - start;
    if (len < f->int_width) { /* right-align: shift the digits */
      int64_t pad = f->int_width - len;
      put_spaces(b, pad);
      memmove(b->p + start + pad, b->p + start, (size_t)len);
      memset(b->p + start, ' ', (size_t)pad);
    }
  }
}

/* ------------------------------------------------------------------ */
/* _formatArray                                                        */
/* ------------------------------------------------------------------ */

typedef struct Printer {
  KrArray *a;
  Fmt fmt;
  const char *sep; /* ' ' (str) or ', ' (repr) */
  bool summary;    /* size > threshold: show the edge items and '...' */
} Printer;

/* Number of items shown along an axis of length n, and the k-th one. */
static int64_t shown_count(int64_t n, bool summary) {
  return summary && n > 2 * PRINT_EDGEITEMS ? 2 * PRINT_EDGEITEMS : n;
}
static int64_t shown_index(int64_t n, bool summary, int64_t k) {
  if (summary && n > 2 * PRINT_EDGEITEMS && k >= PRINT_EDGEITEMS)
    return n - 2 * PRINT_EDGEITEMS + k;
  return k;
}

typedef struct PtrVec {
  char **p;
  int64_t n, cap;
} PtrVec;

/* Collects the shown elements in C order (numpy's _leading_trailing). */
static void gather(KrArray *a, bool summary, int32_t axis, char *ptr, PtrVec *v) {
  if (axis == a->ndim) {
    if (v->n == v->cap) {
      v->cap = v->cap ? 2 * v->cap : 64;
      v->p = realloc(v->p, sizeof(char *) * (size_t)v->cap);
      if (!v->p) abort();
    }
    v->p[v->n++] = ptr;
    return;
  }
  int64_t n = a->shape[axis], cnt = shown_count(n, summary);
  for (int64_t k = 0; k < cnt; k++) {
    int64_t i = shown_index(n, summary, k);
    gather(a, summary, axis + 1, ptr + i * a->strides[axis] * a->itemsize, v);
  }
}

/* _extendLine: moves `line` into s when word does not fit. */
static void extend_line(KrBuf *s, KrBuf *line, const char *word, int64_t wlen, int64_t width,
                        int64_t hang) {
  if (line->len + wlen > width && line->len > hang) {
    int64_t end = line->len;
    while (end > 0 && line->p[end - 1] == ' ') end--;
    kr_buf_put(s, line->p, end);
    kr_buf_putc(s, '\n');
    line->len = 0;
    put_spaces(line, hang);
  }
  kr_buf_put(line, word, wlen);
}

/* The last axis: elements separated by sep, wrapped at `width`. */
static void format_row(Printer *p, char *ptr, int64_t hang, int64_t width, KrBuf *s) {
  KrArray *a = p->a;
  int32_t axis = a->ndim - 1;
  int64_t n = a->shape[axis], cnt = shown_count(n, p->summary);
  int64_t elem_width = width - 1, seplen = (int64_t)strlen(p->sep);
  KrBuf line = {0}, word = {0};
  put_spaces(&line, hang);
  for (int64_t k = 0; k < cnt; k++) {
    if (p->summary && cnt < n && k == PRINT_EDGEITEMS) {
      extend_line(s, &line, "...", 3, elem_width, hang);
      kr_buf_put(&line, p->sep, seplen);
    }
    int64_t i = shown_index(n, p->summary, k);
    word.len = 0;
    put_elem(&word, &p->fmt, ptr + i * a->strides[axis] * a->itemsize);
    extend_line(s, &line, word.p, word.len, elem_width, hang);
    if (k < cnt - 1) kr_buf_put(&line, p->sep, seplen);
  }
  kr_buf_put(s, line.p, line.len);
  kr_buf_free(&line);
  kr_buf_free(&word);
}

/* recurser(): the sub-array at ptr from `axis` on, bracketed, into out. */
static void format_axis(Printer *p, char *ptr, int32_t axis, int64_t hang, int64_t width,
                        KrBuf *out) {
  KrArray *a = p->a;
  if (axis == a->ndim) {
    put_elem(out, &p->fmt, ptr);
    return;
  }
  KrBuf s = {0};
  int32_t left = a->ndim - axis;
  if (left == 1) {
    format_row(p, ptr, hang, width, &s);
  } else {
    int64_t n = a->shape[axis], cnt = shown_count(n, p->summary);
    bool comma = p->sep[0] == ',';
    for (int64_t k = 0; k < cnt; k++) {
      if (p->summary && cnt < n && k == PRINT_EDGEITEMS) {
        put_spaces(&s, hang);
        kr_buf_puts(&s, "...");
        if (comma) kr_buf_putc(&s, ',');
        for (int32_t j = 0; j < left - 1; j++) kr_buf_putc(&s, '\n');
      }
      int64_t i = shown_index(n, p->summary, k);
      put_spaces(&s, hang);
      format_axis(p, ptr + i * a->strides[axis] * a->itemsize, axis + 1, hang + 1, width - 1,
                  &s);
      if (k < cnt - 1) {
        if (comma) kr_buf_putc(&s, ',');
        for (int32_t j = 0; j < left - 1; j++) kr_buf_putc(&s, '\n');
      }
    }
  }
  kr_buf_putc(out, '[');
  kr_buf_put(out, s.p + hang, s.len - hang);
  kr_buf_putc(out, ']');
  kr_buf_free(&s);
}

/* array2string: the bracketed body (not for empty arrays). */
static void array2string(KrBuf *b, KrArray *a, const char *sep, int64_t hang, int64_t width) {
  Printer p = {a, {0}, sep, a->size > PRINT_THRESHOLD};
  PtrVec v = {0};
  gather(a, p.summary, 0, a->data, &v);
  fmt_init(&p.fmt, a->dtype, a->ndim == 0, v.p, v.n);
  free(v.p);
  format_axis(&p, a->data, 0, hang, width, b);
}

/* ------------------------------------------------------------------ */
/* str() and repr()                                                    */
/* ------------------------------------------------------------------ */

/* str(np.complex64(z)): the parts as float32 reprs, Python's layout. */
static void put_c64_part(KrBuf *b, float x) {
  int64_t start = b->len;
  kr_buf_put_f32(b, x);
  if (b->len - start >= 2 && b->p[b->len - 2] == '.' && b->p[b->len - 1] == '0') b->len -= 2;
}

static void put_c64_scalar(KrBuf *b, float re, float im) {
  bool skip_re = re == 0.0f && !signbit(re);
  if (!skip_re) {
    kr_buf_putc(b, '(');
    put_c64_part(b, re);
    if (!(signbit(im) && !isnan(im))) kr_buf_putc(b, '+');
  }
  put_c64_part(b, im);
  kr_buf_putc(b, 'j');
  if (!skip_re) kr_buf_putc(b, ')');
}

/* str of the numpy scalar a[()]. */
static void put_scalar(KrBuf *b, KrArray *a) {
  const char *p = a->data;
  switch ((KrDType)a->dtype) {
  case KR_DT_BOOL: kr_buf_put_bool(b, *(const bool *)p); break;
  case KR_DT_F32: kr_buf_put_f32(b, *(const float *)p); break;
  case KR_DT_F64: kr_buf_put_f64(b, *(const double *)p); break;
  case KR_DT_C64: put_c64_scalar(b, ((const float *)p)[0], ((const float *)p)[1]); break;
  case KR_DT_C128: kr_buf_put_c128(b, ((const double *)p)[0], ((const double *)p)[1]); break;
  default: put_int(b, a->dtype, p); break;
  }
}

/** str(a), print(a). */
void kr_buf_put_array(KrBuf *b, KrArray *a) {
  if (a->ndim == 0) put_scalar(b, a);
  else if (a->size == 0) kr_buf_puts(b, "[]");
  else array2string(b, a, " ", 1, PRINT_LINEWIDTH);
}

/* dtype_is_implied: the repr shows no dtype for these. */
static bool dtype_implied(KrDType dt) {
  return dt == KR_DT_I64 || dt == KR_DT_F64 || dt == KR_DT_C128 || dt == KR_DT_BOOL;
}

/** repr(a): 'array([...], dtype=...)' with numpy's placement of extras. */
void kr_buf_put_array_repr(KrBuf *b, KrArray *a) {
  KrBuf s = {0};
  kr_buf_puts(&s, "array(");
  if (a->size == 0) kr_buf_puts(&s, "[]");
  else array2string(&s, a, ", ", 7, PRINT_LINEWIDTH - 1);
  KrBuf extra = {0};
  if ((a->size == 0 && !(a->ndim == 1 && a->shape[0] == 0)) || a->size > PRINT_THRESHOLD) {
    kr_buf_puts(&extra, "shape=");
    kr__shape_py_string(&extra, a->ndim, a->shape);
  }
  if (!dtype_implied(a->dtype) || a->size == 0) {
    if (extra.len) kr_buf_puts(&extra, ", ");
    kr_buf_puts(&extra, "dtype=");
    kr_buf_puts(&extra, kr_dtype_name(a->dtype));
  }
  if (extra.len) {
    kr_buf_putc(&s, ',');
    int64_t nl = s.len;
    while (nl > 0 && s.p[nl - 1] != '\n') nl--;
    if (s.len - nl + extra.len + 2 > PRINT_LINEWIDTH) {
      kr_buf_putc(&s, '\n');
      put_spaces(&s, 6);
    } else {
      kr_buf_putc(&s, ' ');
    }
    kr_buf_put(&s, extra.p, extra.len);
  }
  kr_buf_putc(&s, ')');
  kr_buf_put(b, s.p, s.len);
  kr_buf_free(&s);
  kr_buf_free(&extra);
}
