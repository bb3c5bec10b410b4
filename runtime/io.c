/* io.c — program start-up, stdout, sys.argv, input(), int()/float() of str.
 *
 * stdout is fully buffered with a large buffer (line buffered on a
 * terminal, as CPython), so print-heavy loops cost one write per 256 KiB.
 * It is flushed at exit and before anything goes to stderr (error.c).
 * String-to-number parsing follows CPython's grammar exactly (whitespace,
 * signs, PEP 515 underscores, inf/nan spellings) and its error messages.
 */
#define _GNU_SOURCE
#include <krait/rt.h>

#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <sys/resource.h>
#include <unistd.h>

KrList *kr_argv;

static char stdout_buf[1 << 18];

/* The recursion guard raises RecursionError once the C stack is within
 * 256 KiB of its limit (measured from this frame, near the stack top). */
static void init_stack_floor(void) {
  struct rlimit rl;
  char *here = (char *)__builtin_frame_address(0);
  if (getrlimit(RLIMIT_STACK, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY) return;
  size_t lim = (size_t)rl.rlim_cur, margin = 256 * 1024;
  if (lim <= 2 * margin) return;
  kr_stack_floor = here - (lim - margin);
}

void kr_init(int argc, char **argv) {
  setvbuf(stdout, stdout_buf, isatty(1) ? _IOLBF : _IOFBF, sizeof stdout_buf);
  init_stack_floor();
  kr_argv = kr_list_new(sizeof(KrStr *), true, argc);
  for (int i = 0; i < argc; i++) {
    KrStr *s = kr_str_from_cstr(argv[i]);
    kr_list_append(kr_argv, &s);
    kr_decref(s);
  }
  /* random's default seed is drawn lazily on first use (rng.c), which
   * CPython cannot tell apart from seeding at start-up. */
}

void kr_thread_stack_init(void) {
  pthread_attr_t attr;
  void *lo;
  size_t size, margin = 256 * 1024;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return;
  if (pthread_attr_getstack(&attr, &lo, &size) == 0 && size > 2 * margin)
    kr_stack_floor = (char *)lo + margin;
  pthread_attr_destroy(&attr);
}

void kr_init_module(void) {
  /* inside a Python process: stdout belongs to the interpreter's C library
   * too, so its buffering is left alone; sys.argv is not ours either */
  if (!kr_argv) kr_argv = kr_list_new(sizeof(KrStr *), true, 0);
}

void kr_print_buf(KrBuf *b) { kr_buf_write(b, stdout); }

void kr_flush(void) { fflush(stdout); }

KrStr *kr_input(KrStr *prompt) {
  if (prompt) fwrite(prompt->data, 1, (size_t)prompt->len, stdout);
  fflush(stdout);
  KrBuf b = {0};
  int c;
  while ((c = getchar()) != EOF && c != '\n') kr_buf_putc(&b, (char)c);
  if (c == EOF && b.len == 0) {
    kr_buf_free(&b);
    kr_raise(KR_EXC_RuntimeError, "EOF when reading a line");
    return NULL;
  }
  KrStr *s = kr_buf_finish(&b);
  kr_buf_free(&b);
  return s;
}

/* ------------------------------------------------------------------ */
/* int(str) and float(str)                                             */
/* ------------------------------------------------------------------ */

static int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

/* ValueError with the repr of the argument cut at 200 characters (%.200R). */
static void bad_literal(const char *prefix, KrStr *s, int cut) {
  KrBuf b = {0};
  kr_buf_put_str_repr(&b, s);
  int64_t n = b.len;
  if (cut > 0) { /* count code points up to cut */
    int64_t i = 0, cps = 0;
    for (; i < b.len; i++)
      if (((unsigned char)b.p[i] & 0xC0) != 0x80 && cps++ == cut) break;
    n = i;
  }
  kr_raise(KR_EXC_ValueError, "%s%.*s", prefix, (int)n, b.p);
  kr_buf_free(&b);
}

/* Parses digits in base with single underscores between digits (and,
 * after a base prefix, one leading underscore). Returns false on bad
 * syntax; *ovf is set if the value leaves int64. */
static bool parse_digits(const char *p, const char *e, int base, bool neg, bool lead_us,
                         int64_t *out, bool *ovf) {
  uint64_t v = 0, lim = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
  bool prev_digit = lead_us; /* an underscore may follow a base prefix */
  if (p == e) return false;
  for (; p < e; p++) {
    if (*p == '_') {
      if (!prev_digit) return false;
      prev_digit = false;
      continue;
    }
    int d = digit_value(*p);
    if (d >= base) return false;
    if (v > (lim - (uint64_t)d) / (uint64_t)base) *ovf = true;
    else v = v * (uint64_t)base + (uint64_t)d;
    prev_digit = true;
  }
  if (!prev_digit) return false;
  *out = neg ? (int64_t)(0 - v) : (int64_t)v;
  return true;
}

/* [b, e) of s without surrounding Python whitespace. */
static void strip_bounds(KrStr *s, const char **b, const char **e) {
  int64_t start, end;
  kr__strip_span(s, &start, &end);
  *b = s->data + start;
  *e = s->data + end;
}

int64_t kr_str_to_i64_base(KrStr *s, int64_t base) {
  if (base != 0 && (base < 2 || base > 36)) {
    kr_raise(KR_EXC_ValueError, "int() base must be >= 2 and <= 36, or 0");
    return 0;
  }
  const char *p, *e;
  strip_bounds(s, &p, &e);
  bool neg = false, ovf = false, lead_us = false;
  if (p < e && (*p == '+' || *p == '-')) neg = *p++ == '-';
  int b = (int)base;
  if (e - p >= 2 && p[0] == '0') {
    char c = (char)(p[1] | 0x20);
    int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
    if (pb && (b == 0 || b == pb)) b = pb, p += 2, lead_us = true;
  }
  if (b == 0) { /* decimal with base 0: no leading zeros unless all zero */
    b = 10;
    if (p < e && *p == '0')
      for (const char *q = p; q < e; q++)
        if (*q != '0' && *q != '_') goto bad;
  }
  int64_t v = 0;
  if (!parse_digits(p, e, b, neg, lead_us, &v, &ovf)) goto bad;
  if (ovf) {
    kr_raise(KR_EXC_OverflowError, "int too large to convert to int64 (krait ints are 64-bit)");
    return 0;
  }
  return v;
bad:;
  char prefix[64];
  snprintf(prefix, sizeof prefix, "invalid literal for int() with base %d: ", (int)base);
  bad_literal(prefix, s, 200);
  return 0;
}

int64_t kr_str_to_i64(KrStr *s) { return kr_str_to_i64_base(s, 10); }

/* Case-insensitive match of [p, e) against word. */
static bool word_is(const char *p, const char *e, const char *word) {
  size_t n = strlen(word);
  return (size_t)(e - p) == n && strncasecmp(p, word, n) == 0;
}

/* Copies a run of digits with PEP 515 underscores into out; returns the
 * number of digits, or -1 on a misplaced underscore. */
static int64_t copy_digits(const char **pp, const char *e, KrBuf *out) {
  const char *p = *pp;
  int64_t n = 0;
  while (p < e && ((*p >= '0' && *p <= '9') || *p == '_')) {
    if (*p == '_') {
      if (n == 0 || p + 1 >= e || p[1] < '0' || p[1] > '9') return -1;
    } else {
      kr_buf_putc(out, *p);
      n++;
    }
    p++;
  }
  *pp = p;
  return n;
}

/* The float() grammar: [sign] (digits [. [digits]] | . digits) [e [sign] digits]. */
static bool clean_float(const char *p, const char *e, KrBuf *out) {
  if (p < e && (*p == '+' || *p == '-')) kr_buf_putc(out, *p++);
  int64_t ni = copy_digits(&p, e, out), nf = 0;
  if (ni < 0) return false;
  if (p < e && *p == '.') {
    kr_buf_putc(out, *p++);
    if (p < e && *p == '_') return false;
    nf = copy_digits(&p, e, out);
    if (nf < 0) return false;
  }
  if (ni == 0 && nf == 0) return false;
  if (p < e && (*p == 'e' || *p == 'E')) {
    kr_buf_putc(out, *p++);
    if (p < e && (*p == '+' || *p == '-')) kr_buf_putc(out, *p++);
    if (copy_digits(&p, e, out) <= 0) return false;
  }
  kr_buf_putc(out, '\0');
  return p == e;
}

double kr_str_to_f64(KrStr *s) {
  const char *p, *e;
  strip_bounds(s, &p, &e);
  const char *q = p + (p < e && (*p == '+' || *p == '-'));
  double sign = p < e && *p == '-' ? -1.0 : 1.0;
  if (word_is(q, e, "inf") || word_is(q, e, "infinity")) return sign * INFINITY;
  if (word_is(q, e, "nan")) return NAN; /* CPython gives a positive NaN for '-nan' too */
  KrBuf b = {0};
  double r = 0.0;
  if (clean_float(p, e, &b)) r = strtod(b.p, NULL);
  else bad_literal("could not convert string to float: ", s, 0);
  kr_buf_free(&b);
  return r;
}
