/* format.c — Python-exact number formatting.
 *
 * repr(float) is the shortest decimal string that reads back as the same
 * double (what CPython's dtoa mode 0 produces). glibc's printf is correctly
 * rounded, so digits come from snprintf("%.*e") and strtod confirms the
 * round trip; the layout rules (exponent iff exp < -4 or exp >= 16, '.0'
 * for integers) are CPython's.
 *
 * The format-spec mini-language (format(v, spec), f-strings, str.format)
 * follows CPython's parse_internal_render_format_spec and the int / float /
 * str / complex renderers of Python/formatter_unicode.c, message for
 * message. The '%' operator reuses the same renderer.
 */
#define _GNU_SOURCE
#include <krait/rt.h>

#include <float.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Decimal digits of a double                                          */
/* ------------------------------------------------------------------ */

/* Digits (no dot, no trailing zeros stripped) and decimal point position:
 * value = 0.d1d2d3... * 10**decpt. */
typedef struct Digits {
  char d[800];
  int n, decpt;
} Digits;

/* Correctly rounded nsig significant digits of x > 0, via %e. */
static void digits_sig(double x, int nsig, Digits *g) {
  char tmp[64];
  char *s = tmp;
  int len = snprintf(tmp, sizeof tmp, "%.*e", nsig - 1, x);
  if (len >= (int)sizeof tmp) {
    s = malloc((size_t)len + 1);
    snprintf(s, (size_t)len + 1, "%.*e", nsig - 1, x);
  }
  g->n = 0;
  const char *p = s;
  for (; *p != 'e'; p++)
    if (*p != '.' && g->n < (int)sizeof g->d) g->d[g->n++] = *p;
  g->decpt = atoi(p + 1) + 1;
  if (s != tmp) free(s);
}

static void strip_zeros(Digits *g) {
  while (g->n > 1 && g->d[g->n - 1] == '0') g->n--;
}

/* Reads the digits back as a double. */
static double digits_value(const Digits *g) {
  char tmp[48];
  memcpy(tmp, g->d, (size_t)g->n);
  snprintf(tmp + g->n, sizeof tmp - (size_t)g->n, "e%d", g->decpt - g->n);
  return strtod(tmp, NULL);
}

/* Adds one unit in the last digit. */
static void digits_increment(Digits *g) {
  int i = g->n - 1;
  while (i >= 0 && g->d[i] == '9') g->d[i--] = '0';
  if (i >= 0) {
    g->d[i]++;
  } else { /* 999 -> 1000: shift right by one */
    memmove(g->d + 1, g->d, (size_t)g->n);
    g->d[0] = '1';
    g->decpt++;
  }
}

static bool is_pow2(double x) {
  int e;
  return frexp(x, &e) == 0.5;
}

/* Fast path for values with a short decimal form (0.1, 12.25, 3.0e-5):
 * find the least k <= 22 such that m = round(x * 10**k) is below 1e15 and
 * m / 10**k == x. Both 10**k and m are exact doubles, so that division is
 * correctly rounded and the decimal m * 10**-k reads back as x. It has at
 * most 15 digits, and no two such decimals share a double (DBL_DIG), so it
 * is the shortest. Conversely, if a <= 15-digit decimal m * 10**-k reads
 * back as x, x * 10**k is within 0.2 of m, so rounding finds it. */
static bool short_digits(double x, Digits *g) {
  static const double p10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                               1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                               1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  for (int k = 0; k <= 22; k++) {
    double y = x * p10[k];
    if (y >= 1e15) return false;
    int64_t m = (int64_t)(y + 0.5); /* y + 0.5 is exact below 2**51 */
    if ((double)m / p10[k] != x) continue;
    char tmp[24];
    int n = snprintf(tmp, sizeof tmp, "%lld", (long long)m);
    memcpy(g->d, tmp, (size_t)n);
    g->n = n;
    g->decpt = n - k;
    strip_zeros(g);
    return true;
  }
  return false;
}

/* Shortest round-trip digits of x > 0 (finite), closest to x among the
 * shortest, like dtoa mode 0. For normal doubles, every decimal of <= 15
 * digits survives a round trip (DBL_DIG), so if the 15-digit rounding
 * reads back as x it is the shortest string padded with zeros (the fast
 * path above already settles that case for 1e-7 <= x < 1e15). Otherwise
 * 16 digits, then 17 (always enough). At a power of two the gap below x is
 * half the gap above, so the next 16-digit string up may read back when
 * the nearest one (below x) does not. */
static void shortest_digits(double x, Digits *g) {
  if (x >= DBL_MIN) {
    bool in_fast = x >= 1e-7 && x < 1e15;
    if (in_fast && short_digits(x, g)) return;
    if (!in_fast) {
      digits_sig(x, 15, g);
      if (digits_value(g) == x) {
        strip_zeros(g);
        return;
      }
    }
    digits_sig(x, 16, g);
    double v = digits_value(g);
    if (v == x) {
      strip_zeros(g);
      return;
    }
    if (v < x && is_pow2(x)) {
      Digits up = *g;
      digits_increment(&up);
      if (digits_value(&up) == x) {
        *g = up;
        strip_zeros(g);
        return;
      }
    }
    digits_sig(x, 17, g);
    strip_zeros(g);
    return;
  }
  for (int p = 1; p <= 17; p++) { /* subnormal: precision is lower */
    digits_sig(x, p, g);
    if (digits_value(g) == x) break;
  }
  strip_zeros(g);
}

/* ------------------------------------------------------------------ */
/* Layout of digits (CPython's format_float_short)                      */
/* ------------------------------------------------------------------ */

typedef struct Layout {
  bool use_exp;   /* d.ddde+XX */
  int min_digits; /* pad with zeros up to this many significant positions */
  bool alt;       /* always a decimal point */
  bool add_dot0;  /* integers get '.0' (non-exponent form only) */
  bool upper;     /* 'E' */
} Layout;

static void put_zeros(KrBuf *b, int n) {
  for (; n > 0; n--) kr_buf_putc(b, '0');
}

static void put_exponent(KrBuf *b, int e, bool upper) {
  char tmp[8];
  kr_buf_putc(b, upper ? 'E' : 'e');
  int n = snprintf(tmp, sizeof tmp, "%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
  kr_buf_put(b, tmp, n);
}

/* Writes g (value 0.d * 10**decpt) using lay. vend is the digit position
 * (relative to the first digit) up to which zeros are padded. */
static void layout(KrBuf *b, const Digits *g, const Layout *lay) {
  int decpt = g->decpt, exp = 0;
  if (lay->use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  int vend = lay->min_digits > g->n ? lay->min_digits : g->n;
  if (!lay->use_exp && lay->add_dot0 && vend < decpt + 1) vend = decpt + 1;
  if (vend < decpt) vend = decpt;
  if (decpt <= 0) {
    kr_buf_puts(b, "0.");
    put_zeros(b, -decpt);
    kr_buf_put(b, g->d, g->n);
    put_zeros(b, vend - g->n);
  } else {
    int k = g->n < decpt ? g->n : decpt;
    kr_buf_put(b, g->d, k);
    put_zeros(b, decpt - k);
    if (vend > decpt || lay->alt) kr_buf_putc(b, '.');
    if (g->n > decpt) kr_buf_put(b, g->d + decpt, g->n - decpt);
    put_zeros(b, vend - (g->n > decpt ? g->n : decpt));
  }
  if (lay->use_exp) put_exponent(b, exp, lay->upper);
}

/* repr of |x| (finite or not) without sign; add_dot0 false gives the
 * complex-part style ('1' rather than '1.0'). */
static void put_repr_abs(KrBuf *b, double x, bool add_dot0) {
  if (isinf(x)) { kr_buf_put(b, "inf", 3); return; }
  if (isnan(x)) { kr_buf_put(b, "nan", 3); return; }
  if (x == 0.0) { add_dot0 ? kr_buf_put(b, "0.0", 3) : kr_buf_putc(b, '0'); return; }
  if (x < 1e16 && x == (double)(int64_t)x) { /* fast path: integers */
    kr_buf_put_i64(b, (int64_t)x);
    if (add_dot0) kr_buf_put(b, ".0", 2);
    return;
  }
  Digits g;
  shortest_digits(x, &g);
  Layout lay = {g.decpt < -3 || g.decpt > 16, 0, false, add_dot0, false};
  layout(b, &g, &lay);
}

void kr_buf_put_f64(KrBuf *b, double v) {
  if (signbit(v) && !isnan(v)) kr_buf_putc(b, '-');
  put_repr_abs(b, fabs(v), true);
}

void kr_buf_put_c128(KrBuf *b, double re, double im) {
  bool skip_re = re == 0.0 && !signbit(re);
  if (!skip_re) {
    kr_buf_putc(b, '(');
    if (signbit(re) && !isnan(re)) kr_buf_putc(b, '-');
    put_repr_abs(b, fabs(re), false);
  }
  if (signbit(im) && !isnan(im)) kr_buf_putc(b, '-');
  else if (!skip_re) kr_buf_putc(b, '+');
  put_repr_abs(b, fabs(im), false);
  kr_buf_putc(b, 'j');
  if (!skip_re) kr_buf_putc(b, ')');
}

/* numpy's str(float32): shortest digits that read back as the same float,
 * positional for 1e-4 <= |x| < 1e6 (or 0), scientific otherwise. */
void kr_buf_put_f32(KrBuf *b, float v) {
  if (isnan(v)) { kr_buf_put(b, "nan", 3); return; }
  if (signbit(v)) kr_buf_putc(b, '-');
  float x = fabsf(v);
  if (isinf(x)) { kr_buf_put(b, "inf", 3); return; }
  if (x == 0.0f) { kr_buf_put(b, "0.0", 3); return; }
  Digits g;
  for (int p = 1; p <= 9; p++) {
    digits_sig((double)x, p, &g);
    char tmp[48];
    memcpy(tmp, g.d, (size_t)g.n);
    snprintf(tmp + g.n, sizeof tmp - (size_t)g.n, "e%d", g.decpt - g.n);
    float back = strtof(tmp, NULL);
    if (back == x) break;
    if (back < x && is_pow2((double)x)) { /* wider gap above a power of two */
      Digits up = g;
      digits_increment(&up);
      memcpy(tmp, up.d, (size_t)up.n);
      snprintf(tmp + up.n, sizeof tmp - (size_t)up.n, "e%d", up.decpt - up.n);
      if (strtof(tmp, NULL) == x) {
        g = up;
        break;
      }
    }
  }
  strip_zeros(&g);
  double d = (double)x;
  Layout lay = {!(d >= 1e-4 && d < 1e6), 0, false, true, false};
  layout(b, &g, &lay);
}

/* ------------------------------------------------------------------ */
/* Format spec parsing                                                 */
/* ------------------------------------------------------------------ */

typedef struct Spec {
  char fill[5]; /* UTF-8 bytes of the fill code point */
  int fill_len;
  bool fill_given, align_given;
  char align; /* '<' '>' '^' '=' */
  char sign;  /* 0 '+' '-' ' ' */
  bool z, alt;
  int64_t width; /* -1 if none */
  char group;    /* 0 ',' '_' */
  int64_t prec;  /* -1 if none */
  char type;     /* 0 if none */
} Spec;

static bool is_align(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }

static int utf8_size(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

/* Reads decimal digits; returns -1 if none. */
static int64_t read_num(const char *s, int64_t n, int64_t *pos) {
  int64_t v = -1;
  while (*pos < n && s[*pos] >= '0' && s[*pos] <= '9') {
    v = (v < 0 ? 0 : v) * 10 + (s[*pos] - '0');
    if (v > INT32_MAX) v = INT32_MAX; /* CPython refuses larger; we clamp */
    (*pos)++;
  }
  return v;
}

/* Raises ValueError(msg) and returns false, for the spec checks. */
static bool spec_error(const char *msg) {
  kr_raise(KR_EXC_ValueError, "%s", msg);
  return false;
}

/* Which presentation types accept a thousands separator: ',' and '_'
 * for decimal ones, only '_' (groups of 4) for b/o/x/X. */
static bool check_group(const Spec *sp) {
  if (!sp->group) return true;
  switch (sp->type) {
  case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
    return true;
  case 'b': case 'o': case 'x': case 'X':
    if (sp->group == '_') return true;
    break;
  default: break;
  }
  kr_raise(KR_EXC_ValueError, "Cannot specify '%c' with '%c'.", sp->group, sp->type);
  return false;
}

/* Parses [[fill]align][sign][z][#][0][width][grouping][.precision][type].
 * default_align is '>' for numbers and '<' for str (it decides whether
 * '0' implies '=' alignment). Raises ValueError and returns false. */
static bool parse_spec(const char *s, int64_t n, char default_type, char default_align,
                       const char *tyname, Spec *sp) {
  memset(sp, 0, sizeof *sp);
  sp->fill[0] = ' ';
  sp->fill_len = 1;
  sp->align = default_align;
  sp->width = sp->prec = -1;
  sp->type = default_type;
  int64_t pos = 0;
  int k = n > 0 ? utf8_size((unsigned char)s[0]) : 1;
  if (n > k && is_align(s[k])) {
    memcpy(sp->fill, s, (size_t)k);
    sp->fill_len = k;
    sp->fill_given = sp->align_given = true;
    sp->align = s[k];
    pos = k + 1;
  } else if (n > 0 && is_align(s[0])) {
    sp->align = s[0];
    sp->align_given = true;
    pos = 1;
  }
  if (pos < n && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) sp->sign = s[pos++];
  if (pos < n && s[pos] == 'z') sp->z = true, pos++;
  if (pos < n && s[pos] == '#') sp->alt = true, pos++;
  if (!sp->fill_given && pos < n && s[pos] == '0') {
    sp->fill[0] = '0';
    sp->fill_given = true;
    if (!sp->align_given && default_align == '>') sp->align = '=';
    pos++;
  }
  sp->width = read_num(s, n, &pos);
  if (pos < n && s[pos] == ',') sp->group = ',', pos++;
  if (pos < n && s[pos] == '_') {
    if (sp->group) return spec_error("Cannot specify both ',' and '_'.");
    sp->group = '_', pos++;
  }
  if (pos < n && s[pos] == ',') {
    if (sp->group == '_') return spec_error("Cannot specify both ',' and '_'.");
    return spec_error("Cannot specify ',' with ','.");
  }
  if (pos < n && s[pos] == '.') {
    pos++;
    sp->prec = read_num(s, n, &pos);
    if (sp->prec < 0) return spec_error("Format specifier missing precision");
  }
  if (n - pos > 1) {
    kr_raise(KR_EXC_ValueError, "Invalid format specifier '%.*s' for object of type '%s'",
             (int)n, s, tyname);
    return false;
  }
  if (n - pos == 1) sp->type = s[pos];
  return check_group(sp);
}

static void unknown_code(char type, const char *tyname) {
  if (type > 32 && type < 127)
    kr_raise(KR_EXC_ValueError, "Unknown format code '%c' for object of type '%s'", type, tyname);
  else
    kr_raise(KR_EXC_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
             (unsigned)(unsigned char)type, tyname);
}

/* ------------------------------------------------------------------ */
/* Padding and numbers                                                 */
/* ------------------------------------------------------------------ */

static int64_t cp_count(const char *p, int64_t n) {
  int64_t c = 0;
  for (int64_t i = 0; i < n; i++) c += ((unsigned char)p[i] & 0xC0) != 0x80;
  return c;
}

static void put_fill(KrBuf *b, const Spec *sp, int64_t n) {
  if (n <= 0) return;
  if (sp->fill_len == 1) {
    kr_buf_grow(b, n);
    memset(b->p + b->len, sp->fill[0], (size_t)n);
    b->len += n;
    return;
  }
  for (; n > 0; n--) kr_buf_put(b, sp->fill, sp->fill_len);
}

/* Pads the already-rendered text (ncp code points) per align/width. */
static void put_padded(KrBuf *b, const Spec *sp, const char *text, int64_t len, int64_t ncp) {
  int64_t pad = sp->width > ncp ? sp->width - ncp : 0;
  int64_t left = sp->align == '>' ? pad : sp->align == '^' ? pad / 2 : 0;
  put_fill(b, sp, left);
  kr_buf_put(b, text, len);
  put_fill(b, sp, pad - left);
}

/* Length of ndig digits with a separator every `every` digits. */
static int64_t grouped_len(int64_t ndig, int every) { return ndig + (ndig - 1) / every; }

/* Writes digits (ASCII) with separators, left-padded with zeros to ndig. */
static void put_grouped(KrBuf *b, const char *digits, int64_t nd, int64_t ndig, char sep,
                        int every) {
  for (int64_t i = 0; i < ndig; i++) {
    int64_t k = ndig - i; /* digits remaining including this one */
    char c = i < ndig - nd ? '0' : digits[i - (ndig - nd)];
    kr_buf_putc(b, c);
    if (sep && k > 1 && (k - 1) % every == 0) kr_buf_putc(b, sep);
  }
}

/* A rendered number: sign, prefix ('0x'), integer digits, and the rest
 * ('.5e+10', '%', or 'inf'). Applies grouping, zero padding and alignment
 * as CPython's fill_number does. */
typedef struct Num {
  bool neg;
  const char *prefix;
  const char *intd; /* integer-part digits (may be empty) */
  int64_t nint;
  const char *rest;
  int64_t nrest;
  int every; /* 3 for decimal, 4 for b/o/x */
} Num;

static void put_num(KrBuf *b, const Spec *sp, const Num *nm) {
  char sign = nm->neg ? '-' : sp->sign == '+' ? '+' : sp->sign == ' ' ? ' ' : 0;
  int64_t nsign = sign ? 1 : 0, npre = (int64_t)strlen(nm->prefix);
  int64_t ndig = nm->nint;
  char sep = nm->nint ? sp->group : 0; /* 'inf' and 'nan' are not grouped */
  int64_t body = nsign + npre + (sep && ndig ? grouped_len(ndig, nm->every) : ndig) + nm->nrest;
  bool zero_pad = sp->align == '=' && sp->fill_len == 1 && sp->fill[0] == '0' && sep;
  if (zero_pad && sp->width > body) { /* the padding zeros are grouped too */
    int64_t minw = sp->width - nsign - npre - nm->nrest;
    while (grouped_len(ndig, nm->every) < minw) ndig++;
    body = nsign + npre + grouped_len(ndig, nm->every) + nm->nrest;
  }
  int64_t pad = sp->width > body ? sp->width - body : 0;
  int64_t left = sp->align == '>' ? pad : sp->align == '^' ? pad / 2 : 0;
  if (sp->align != '=') put_fill(b, sp, left);
  if (sign) kr_buf_putc(b, sign);
  kr_buf_puts(b, nm->prefix);
  if (sp->align == '=') put_fill(b, sp, pad);
  if (sep) put_grouped(b, nm->intd, nm->nint, ndig, sep, nm->every);
  else kr_buf_put(b, nm->intd, nm->nint);
  kr_buf_put(b, nm->rest, nm->nrest);
  if (sp->align != '=') put_fill(b, sp, pad - left);
}

/* ------------------------------------------------------------------ */
/* Floats                                                              */
/* ------------------------------------------------------------------ */

/* printf-based body for e/E/f/F (exactly CPython's digits). */
static void put_printf(KrBuf *b, double x, int64_t prec, bool alt, char conv) {
  char fmt[8] = "%", tmp[128];
  size_t k = 1;
  if (alt) fmt[k++] = '#';
  fmt[k++] = '.', fmt[k++] = '*', fmt[k++] = conv, fmt[k] = 0;
  int n = snprintf(tmp, sizeof tmp, fmt, (int)prec, x);
  if (n < (int)sizeof tmp) { kr_buf_put(b, tmp, n); return; }
  kr_buf_grow(b, n);
  snprintf(b->p + b->len, (size_t)n + 1, fmt, (int)prec, x);
  b->len += n;
}

/* 'g' with CPython's rules; add_dot0 is the "no type, precision given" mode. */
static void put_general(KrBuf *b, double x, int64_t prec, bool alt, bool add_dot0, bool upper) {
  if (prec == 0) prec = 1;
  Digits *g = malloc(sizeof *g);
  if (x == 0.0) *g = (Digits){.d = "0", .n = 1, .decpt = 1}; /* what dtoa gives for 0 */
  else digits_sig(x, prec > 780 ? 780 : (int)prec, g);
  if (!alt) strip_zeros(g);
  bool use_exp = g->decpt <= -4 || g->decpt > (add_dot0 ? prec - 1 : prec);
  Layout lay = {use_exp, alt ? (int)prec : 0, alt, add_dot0, upper};
  layout(b, g, &lay);
  free(g);
}

/* repr digits of |x| with '#': always a decimal point. */
static void put_repr_alt(KrBuf *b, double x, bool add_dot0) {
  Digits g;
  if (x == 0.0) g = (Digits){.d = "0", .n = 1, .decpt = 1};
  else shortest_digits(x, &g);
  Layout lay = {g.decpt < -3 || g.decpt > 16, 0, true, add_dot0, false};
  layout(b, &g, &lay);
}

/* Renders |x| (finite) in the given type into b. */
static void float_body(KrBuf *b, double x, const Spec *sp, char type, int64_t prec) {
  switch (type) {
  case 'e': case 'E': case 'f': case 'F':
    put_printf(b, x, prec, sp->alt, type);
    return;
  case 'g': case 'G':
    put_general(b, x, prec, sp->alt, false, type == 'G');
    return;
  case 'r': /* no type, no precision: repr */
    if (sp->alt) put_repr_alt(b, x, true);
    else put_repr_abs(b, x, true);
    return;
  case 'R': /* no type, precision given */
    put_general(b, x, prec, sp->alt, true, false);
    return;
  default: return;
  }
}

/* 'inf' / 'nan' (upper case for E, F, G), without sign. */
static const char *special_name(double x, bool upper) {
  if (isnan(x)) return upper ? "NAN" : "nan";
  return upper ? "INF" : "inf";
}

/* Splits a rendered body into integer digits and the rest. */
static int64_t int_part_len(const char *p, int64_t n) {
  int64_t i = 0;
  while (i < n && p[i] >= '0' && p[i] <= '9') i++;
  return i;
}

static bool all_zero_digits(const char *p, int64_t n) {
  for (int64_t i = 0; i < n && p[i] != 'e' && p[i] != 'E'; i++)
    if (p[i] >= '1' && p[i] <= '9') return false;
  return true;
}

/* format(float) once the spec is parsed and checked. */
static void format_float_spec(KrBuf *b, double v, Spec *sp, bool add_dot0_none) {
  char type = sp->type;
  int64_t prec = sp->prec;
  bool pct = false;
  if (type == 0) type = prec < 0 ? 'r' : 'R';
  if (type == 'n') type = 'g';
  if (type == '%') type = 'f', v *= 100.0, pct = true;
  if (prec < 0) prec = 6;
  if (!add_dot0_none && type == 'r') type = 'q';
  KrBuf body = {0};
  bool neg = signbit(v) && !isnan(v);
  double x = fabs(v);
  bool upper = type == 'E' || type == 'F' || type == 'G';
  if (!isfinite(x)) kr_buf_puts(&body, special_name(x, upper));
  else if (type == 'q') put_repr_abs(&body, x, false);
  else float_body(&body, x, sp, type, prec);
  if (pct) kr_buf_putc(&body, '%');
  if (neg && sp->z && isfinite(x) && all_zero_digits(body.p, body.len)) neg = false;
  int64_t ni = int_part_len(body.p, body.len);
  Num nm = {neg, "", body.p, ni, body.p + ni, body.len - ni, 3};
  put_num(b, sp, &nm);
  kr_buf_free(&body);
}

static bool float_type_ok(char t) {
  return t == 0 || t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' ||
         t == 'n' || t == '%';
}

void kr_buf_format_f64(KrBuf *b, double v, const char *spec, int64_t speclen) {
  if (speclen == 0) { kr_buf_put_f64(b, v); return; }
  Spec sp;
  if (!parse_spec(spec, speclen, 0, '>', "float", &sp)) return;
  if (!float_type_ok(sp.type)) { unknown_code(sp.type, "float"); return; }
  format_float_spec(b, v, &sp, true);
}

/* ------------------------------------------------------------------ */
/* Integers                                                            */
/* ------------------------------------------------------------------ */

/* Digits of |v| in base 2/8/10/16 into buf (right-aligned); returns start. */
static char *u64_digits(uint64_t u, int base, bool upper, char *end) {
  const char *dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  char *p = end;
  do *--p = dig[u % (unsigned)base];
  while ((u /= (unsigned)base) != 0);
  return p;
}

/* The checks CPython's format_long_internal makes before rendering. */
static bool int_checks(const Spec *sp, int64_t v) {
  if (sp->prec >= 0) return spec_error("Precision not allowed in integer format specifier");
  if (sp->z)
    return spec_error("Negative zero coercion (z) not allowed in integer format specifier");
  if (sp->type != 'c') return true;
  if (sp->sign) return spec_error("Sign not allowed with integer format specifier 'c'");
  if (sp->alt)
    return spec_error("Alternate form (#) not allowed with integer format specifier 'c'");
  if (v < 0 || v > 0x10FFFF) {
    kr_raise(KR_EXC_OverflowError, "%%c arg not in range(0x110000)");
    return false;
  }
  return true;
}

/* Renders an int whose spec is parsed and of an integer type. */
static void format_int_spec(KrBuf *b, int64_t v, const Spec *sp) {
  char buf[80];
  char *end = buf + sizeof buf;
  uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
  Num nm = {v < 0, "", NULL, 0, "", 0, 3};
  switch (sp->type) {
  case 'c': {
    KrStr *ch = kr_chr(v);
    Num c = {false, "", "", 0, ch->data, ch->len, 3};
    put_num(b, sp, &c);
    kr_decref(ch);
    return;
  }
  case 'b': nm.intd = u64_digits(u, 2, false, end), nm.prefix = sp->alt ? "0b" : ""; break;
  case 'o': nm.intd = u64_digits(u, 8, false, end), nm.prefix = sp->alt ? "0o" : ""; break;
  case 'x': nm.intd = u64_digits(u, 16, false, end), nm.prefix = sp->alt ? "0x" : ""; break;
  case 'X': nm.intd = u64_digits(u, 16, true, end), nm.prefix = sp->alt ? "0X" : ""; break;
  default: nm.intd = u64_digits(u, 10, false, end); break;
  }
  if (sp->type == 'b' || sp->type == 'o' || sp->type == 'x' || sp->type == 'X') nm.every = 4;
  nm.nint = end - nm.intd;
  put_num(b, sp, &nm);
}

static void format_int_parsed(KrBuf *b, int64_t v, Spec *sp, const char *tyname) {
  switch (sp->type) {
  case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
    if (int_checks(sp, v)) format_int_spec(b, v, sp);
    return;
  case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
    format_float_spec(b, (double)v, sp, true);
    return;
  default: { unknown_code(sp->type, tyname); return; }
  }
}

void kr_buf_format_i64(KrBuf *b, int64_t v, const char *spec, int64_t speclen) {
  if (speclen == 0) { kr_buf_put_i64(b, v); return; }
  Spec sp;
  if (!parse_spec(spec, speclen, 'd', '>', "int", &sp)) return;
  format_int_parsed(b, v, &sp, "int");
}

void kr_buf_format_bool(KrBuf *b, bool v, const char *spec, int64_t speclen) {
  if (speclen == 0) { kr_buf_put_bool(b, v); return; }
  Spec sp;
  if (!parse_spec(spec, speclen, 'd', '>', "bool", &sp)) return;
  format_int_parsed(b, v, &sp, "bool");
}

/* ------------------------------------------------------------------ */
/* Strings                                                             */
/* ------------------------------------------------------------------ */

void kr_buf_format_str(KrBuf *b, KrStr *v, const char *spec, int64_t speclen) {
  if (speclen == 0) { kr_buf_put_str(b, v); return; }
  Spec sp;
  if (!parse_spec(spec, speclen, 's', '<', "str", &sp)) return;
  if (sp.type != 's') { unknown_code(sp.type, "str"); return; }
  if (sp.sign == ' ') {
    kr_raise(KR_EXC_ValueError, "Space not allowed in string format specifier");
    return;
  }
  if (sp.sign) {
    kr_raise(KR_EXC_ValueError, "Sign not allowed in string format specifier");
    return;
  }
  if (sp.z) {
    kr_raise(KR_EXC_ValueError,
        "Negative zero coercion (z) not allowed in string format specifier");
    return;
  }
  if (sp.alt) {
    kr_raise(KR_EXC_ValueError, "Alternate form (#) not allowed in string format specifier");
    return;
  }
  if (sp.align == '=') {
    kr_raise(KR_EXC_ValueError, "'=' alignment not allowed in string format specifier");
    return;
  }
  int64_t len = v->len, ncp = cp_count(v->data, v->len);
  if (sp.prec >= 0 && sp.prec < ncp) { /* truncate to prec code points */
    int64_t i = 0, c = 0;
    while (i < v->len && (c < sp.prec || ((unsigned char)v->data[i] & 0xC0) == 0x80)) {
      if (((unsigned char)v->data[i] & 0xC0) != 0x80) c++;
      if (c > sp.prec) break;
      i++;
    }
    len = i;
    ncp = sp.prec;
  }
  put_padded(b, &sp, v->data, len, ncp);
}

/* ------------------------------------------------------------------ */
/* Complex                                                             */
/* ------------------------------------------------------------------ */

/* One part of a complex number: sign + body rendered like a float with
 * the complex rules (no '.0' added). */
static void complex_part(KrBuf *b, double v, const Spec *sp, char type, int64_t prec, char sign) {
  bool neg = signbit(v) && !isnan(v);
  double x = fabs(v);
  KrBuf body = {0};
  bool upper = type == 'E' || type == 'F' || type == 'G';
  if (!isfinite(x)) kr_buf_puts(&body, special_name(x, upper));
  else if (type == 'r' && !sp->alt) put_repr_abs(&body, x, false);
  else if (type == 'r') put_repr_alt(&body, x, false);
  else if (type == 'R') put_general(&body, x, prec, sp->alt, false, false);
  else float_body(&body, x, sp, type, prec);
  if (neg && sp->z && isfinite(x) && all_zero_digits(body.p, body.len)) neg = false;
  if (neg) kr_buf_putc(b, '-');
  else if (sign == '+' || sign == ' ') kr_buf_putc(b, sign);
  if (sp->group) {
    int64_t ni = int_part_len(body.p, body.len);
    put_grouped(b, body.p, ni, ni, sp->group, 3);
    kr_buf_put(b, body.p + ni, body.len - ni);
  } else {
    kr_buf_put(b, body.p, body.len);
  }
  kr_buf_free(&body);
}

void kr_buf_format_c128(KrBuf *b, double re, double im, const char *spec, int64_t speclen) {
  if (speclen == 0) { kr_buf_put_c128(b, re, im); return; }
  Spec sp;
  if (!parse_spec(spec, speclen, 0, '>', "complex", &sp)) return;
  if (!float_type_ok(sp.type) || sp.type == '%') { unknown_code(sp.type, "complex"); return; }
  if (sp.fill_len == 1 && sp.fill[0] == '0') {
    kr_raise(KR_EXC_ValueError, "Zero padding is not allowed in complex format specifier");
    return;
  }
  if (sp.align == '=') {
    kr_raise(KR_EXC_ValueError,
        "'=' alignment flag is not allowed in complex format specifier");
    return;
  }
  char type = sp.type;
  bool parens = false, skip_re = false;
  if (type == 0) {
    parens = true;
    type = sp.prec < 0 ? 'r' : 'R';
    skip_re = re == 0.0 && !signbit(re);
  }
  if (type == 'n') type = 'g';
  int64_t prec = sp.prec < 0 ? 6 : sp.prec;
  KrBuf t = {0};
  if (parens && !skip_re) kr_buf_putc(&t, '(');
  if (!skip_re) complex_part(&t, re, &sp, type, prec, sp.sign);
  complex_part(&t, im, &sp, type, prec, skip_re ? sp.sign : '+');
  kr_buf_putc(&t, 'j');
  if (parens && !skip_re) kr_buf_putc(&t, ')');
  put_padded(b, &sp, t.p, t.len, t.len);
  kr_buf_free(&t);
}

/* ------------------------------------------------------------------ */
/* printf-style '%' formatting                                          */
/* ------------------------------------------------------------------ */

/* Builds a Spec from %-flags. '0' pads after the sign, '-' left-aligns. */
static void percent_spec(Spec *sp, const char *flags, int64_t width, int64_t prec, char type) {
  memset(sp, 0, sizeof *sp);
  sp->fill[0] = ' ';
  sp->fill_len = 1;
  sp->align = '>';
  sp->width = width;
  sp->prec = prec;
  sp->type = type;
  for (const char *f = flags ? flags : ""; *f; f++) {
    if (*f == '-') sp->align = '<';
    else if (*f == '+') sp->sign = '+';
    else if (*f == ' ' && sp->sign != '+') sp->sign = ' ';
    else if (*f == '#') sp->alt = true;
  }
  if (flags && strchr(flags, '0') && sp->align != '<') sp->fill[0] = '0', sp->align = '=';
}

/* %d / %x / %o with an optional precision (minimum number of digits). */
static void percent_int(KrBuf *b, int64_t v, Spec *sp, char conv) {
  char buf[80];
  char *end = buf + sizeof buf;
  uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
  int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
  char *d = u64_digits(u, base, conv == 'X', end);
  while (sp->prec >= 0 && end - d < sp->prec && d > buf) *--d = '0';
  const char *prefix = "";
  if (sp->alt && base != 10) prefix = conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X";
  Num nm = {v < 0, prefix, d, end - d, "", 0, 3};
  sp->group = 0;
  put_num(b, sp, &nm);
}

void kr_buf_percent_i64(KrBuf *b, int64_t v, const char *flags, int64_t width, int64_t prec,
                        char conv) {
  Spec sp;
  percent_spec(&sp, flags, width, prec, conv);
  switch (conv) {
  case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
    percent_int(b, v, &sp, conv == 'i' || conv == 'u' ? 'd' : conv);
    return;
  case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
    kr_buf_percent_f64(b, (double)v, flags, width, prec, conv);
    return;
  case 'c': {
    if (v < 0 || v > 0x10FFFF) {
      kr_raise(KR_EXC_OverflowError, "%%c arg not in range(0x110000)");
      return;
    }
    KrStr *ch = kr_chr(v);
    sp.prec = -1;
    put_padded(b, &sp, ch->data, ch->len, 1);
    kr_decref(ch);
    return;
  }
  case 's': case 'r': case 'a': {
    char tmp[32];
    int n = snprintf(tmp, sizeof tmp, "%lld", (long long)v);
    int64_t k = sp.prec >= 0 && sp.prec < n ? sp.prec : n;
    if (sp.align == '=') sp.align = '>', sp.fill[0] = ' ';
    put_padded(b, &sp, tmp, k, k);
    return;
  }
  default: { kr_raise(KR_EXC_ValueError, "unsupported format character '%c'", conv); return; }
  }
}

void kr_buf_percent_f64(KrBuf *b, double v, const char *flags, int64_t width, int64_t prec,
                        char conv) {
  Spec sp;
  percent_spec(&sp, flags, width, prec, conv);
  switch (conv) {
  case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
    if (sp.prec < 0) sp.prec = 6;
    format_float_spec(b, v, &sp, true);
    return;
  case 'd': case 'i': case 'u': {
    int64_t i = kr_f64_to_i64(v);
    if (kr_err_occurred()) return;
    kr_buf_percent_i64(b, i, flags, width, prec, 'd');
    return;
  }
  case 'o': case 'x': case 'X': case 'c':
    if (conv == 'c') { kr_raise(KR_EXC_TypeError, "%%c requires int or char"); return; } {
    kr_raise(KR_EXC_TypeError, "%%%c format: an integer is required, not float", conv);
    return;
    }
  case 's': case 'r': case 'a': {
    KrBuf t = {0};
    kr_buf_put_f64(&t, v);
    int64_t k = sp.prec >= 0 && sp.prec < t.len ? sp.prec : t.len;
    if (sp.align == '=') sp.align = '>', sp.fill[0] = ' ';
    put_padded(b, &sp, t.p, k, k);
    kr_buf_free(&t);
    return;
  }
  default: { kr_raise(KR_EXC_ValueError, "unsupported format character '%c'", conv); return; }
  }
}

void kr_buf_percent_str(KrBuf *b, KrStr *v, const char *flags, int64_t width, int64_t prec,
                        char conv) {
  Spec sp;
  percent_spec(&sp, flags, width, prec, conv);
  if (sp.align == '=') sp.align = '>', sp.fill[0] = ' ';
  KrBuf t = {0};
  switch (conv) {
  case 's': kr_buf_put_str(&t, v); break;
  case 'r': kr_buf_put_str_repr(&t, v); break;
  case 'a': kr_buf_put_str_ascii(&t, v); break;
  case 'c':
    if (kr_str_len(v) != 1) { kr_raise(KR_EXC_TypeError, "%%c requires int or char"); return; }
    kr_buf_put_str(&t, v);
    sp.prec = -1;
    break;
  case 'd': case 'i': case 'u':
    kr_raise(KR_EXC_TypeError, "%%%c format: a real number is required, not str", conv);
    return;
  case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
    kr_raise(KR_EXC_TypeError, "must be real number, not str");
    return;
  case 'o': case 'x': case 'X':
    kr_raise(KR_EXC_TypeError, "%%%c format: an integer is required, not str", conv);
    return;
  default: { kr_raise(KR_EXC_ValueError, "unsupported format character '%c'", conv); return; }
  }
  int64_t ncp = cp_count(t.p, t.len), len = t.len;
  if (sp.prec >= 0 && sp.prec < ncp) {
    int64_t i = 0, c = 0;
    for (; i < t.len; i++) {
      if (((unsigned char)t.p[i] & 0xC0) != 0x80 && c++ == sp.prec) break;
    }
    len = i;
    ncp = sp.prec;
  }
  put_padded(b, &sp, t.p, len, ncp);
  kr_buf_free(&t);
}
