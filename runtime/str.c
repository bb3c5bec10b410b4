/* str.c — immutable UTF-8 strings and the KrBuf string builder.
 *
 * A KrStr is one allocation: header followed by the NUL-terminated bytes.
 * Lengths and indices seen by Python code count code points, so the
 * functions that take or return indices walk the UTF-8 (strings are short
 * and mostly ASCII in the programs krait targets). One-character ASCII
 * strings are static, so s[i] in a loop does not allocate.
 */
#include <krait/rt.h>

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Allocation                                                          */
/* ------------------------------------------------------------------ */

static void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) {
    fputs("MemoryError\n", stderr);
    abort(); /* no memory left even to raise: nothing sensible remains */
  }
  return p;
}

/* Allocates a string with room for len bytes; the caller fills data. */
static KrStr *str_alloc(int64_t len, char **data) {
  KrStr *s = xmalloc(sizeof(KrStr) + (size_t)len + 1);
  char *d = (char *)(s + 1);
  s->h.rc = 1;
  s->h.kind = KR_OBJ_STR;
  s->len = len;
  s->data = d;
  d[len] = '\0';
  *data = d;
  return s;
}

static KrStr empty_str = {{KR_IMMORTAL, KR_OBJ_STR}, 0, ""};
static char ascii_bytes[256];
static KrStr ascii_chars[128];

/* The one-character ASCII strings, built before main() so that threads
 * never race to create them. */
__attribute__((constructor)) static void init_ascii_chars(void) {
  for (int c = 0; c < 128; c++) {
    ascii_bytes[2 * c] = (char)c;
    ascii_chars[c] = (KrStr){{KR_IMMORTAL, KR_OBJ_STR}, 1, &ascii_bytes[2 * c]};
  }
}

static KrStr *ascii_char(unsigned char c) { return &ascii_chars[c]; }

KrStr *kr_str_empty(void) { return &empty_str; }

KrStr *kr_str_new(const char *p, int64_t len) {
  if (len == 0) return &empty_str;
  if (len == 1 && (unsigned char)p[0] < 128) return ascii_char((unsigned char)p[0]);
  char *d;
  KrStr *s = str_alloc(len, &d);
  memcpy(d, p, (size_t)len);
  return s;
}

KrStr *kr_str_from_cstr(const char *s) { return kr_str_new(s, (int64_t)strlen(s)); }

void kr_obj_free(KrObj *o) {
  if (o->kind == KR_OBJ_LIST) {
    KrList *l = (KrList *)o;
    if (l->ops)
      for (int64_t i = 0; i < l->len; i++) l->ops->release(l->data + i * l->esize);
    free(l->data);
  } else if (o->kind == KR_OBJ_ARRAY) {
    kr__array_free((KrArray *)o); /* frees the descriptor too */
    return;
  } else if (o->kind == KR_OBJ_BOX && ((KrBox *)o)->fini) {
    ((KrBox *)o)->fini((KrBox *)o);
  }
  free(o);
}

/* ------------------------------------------------------------------ */
/* UTF-8 helpers                                                       */
/* ------------------------------------------------------------------ */

static bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

/* Byte offset of code point i (0 <= i <= len) in s. */
static int64_t cp_offset(KrStr *s, int64_t i) {
  int64_t off = 0;
  while (i > 0 && off < s->len) {
    off++;
    while (off < s->len && is_cont((unsigned char)s->data[off])) off++;
    i--;
  }
  return off;
}

/* Decodes the code point at p (valid UTF-8 assumed); sets *n to its size. */
static uint32_t decode(const unsigned char *p, int *n) {
  if (p[0] < 0x80) return *n = 1, p[0];
  if (p[0] < 0xE0) return *n = 2, ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
  if (p[0] < 0xF0) return *n = 3, ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
  *n = 4;
  return ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
}

static int encode(uint32_t cp, char *out) {
  if (cp < 0x80) return out[0] = (char)cp, 1;
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | (cp >> 6));
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (cp >> 18));
  out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

/* str.isspace() for one code point: Python's whitespace set. */
static bool is_space_cp(uint32_t c) {
  if (c < 0x80) return (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x20);
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

/* Byte length of the whitespace code point at p, or 0. */
static int space_at(const char *p, const char *end) {
  unsigned char c = (unsigned char)*p;
  if (c < 0x80) return is_space_cp(c) ? 1 : 0;
  int n;
  (void)end;
  uint32_t cp = decode((const unsigned char *)p, &n);
  return is_space_cp(cp) ? n : 0;
}

/* Byte length of the whitespace code point ending just before end, or 0. */
static int space_before(const char *begin, const char *end) {
  const char *p = end - 1;
  while (p > begin && is_cont((unsigned char)*p)) p--;
  return space_at(p, end) == end - p ? (int)(end - p) : 0;
}

/* ------------------------------------------------------------------ */
/* Basic operations                                                    */
/* ------------------------------------------------------------------ */

KrStr *kr_str_concat(KrStr *a, KrStr *b) {
  if (b->len == 0) return kr_incref(a), a;
  if (a->len == 0) return kr_incref(b), b;
  char *d;
  KrStr *s = str_alloc(a->len + b->len, &d);
  memcpy(d, a->data, (size_t)a->len);
  memcpy(d + a->len, b->data, (size_t)b->len);
  return s;
}

KrStr *kr_str_repeat(KrStr *a, int64_t n) {
  if (n <= 0 || a->len == 0) return &empty_str;
  if (n == 1) return kr_incref(a), a;
  if (a->len > INT64_MAX / 2 / n) {
    kr_raise(KR_EXC_OverflowError, "repeated string is too long");
    return NULL;
  }
  char *d;
  int64_t total = a->len * n;
  KrStr *s = str_alloc(total, &d);
  memcpy(d, a->data, (size_t)a->len);
  for (int64_t done = a->len; done < total;) { /* doubling copies */
    int64_t k = done < total - done ? done : total - done;
    memcpy(d + done, d, (size_t)k);
    done += k;
  }
  return s;
}

bool kr_str_eq(KrStr *a, KrStr *b) {
  return a == b || (a->len == b->len && memcmp(a->data, b->data, (size_t)a->len) == 0);
}

int kr_str_cmp(KrStr *a, KrStr *b) {
  int64_t n = a->len < b->len ? a->len : b->len;
  int c = memcmp(a->data, b->data, (size_t)n);
  if (c) return c < 0 ? -1 : 1;
  return a->len < b->len ? -1 : a->len > b->len;
}

int64_t kr_str_len(KrStr *s) {
  int64_t n = 0;
  for (int64_t i = 0; i < s->len; i++) n += !is_cont((unsigned char)s->data[i]);
  return n;
}

KrStr *kr_str_getitem(KrStr *s, int64_t i) {
  int64_t n = kr_str_len(s);
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    kr_raise_index("string index out of range");
    return NULL;
  }
  if (n == s->len) return kr_str_new(s->data + i, 1); /* ASCII */
  int64_t a = cp_offset(s, i), b = a + 1;
  while (b < s->len && is_cont((unsigned char)s->data[b])) b++;
  return kr_str_new(s->data + a, b - a);
}

/* Python's slice index adjustment (PySlice_AdjustIndices); returns count. */
int64_t kr_slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step, int flags) {
  int64_t lo = step < 0 ? -1 : 0, hi = step < 0 ? len - 1 : len;
  if (flags & KR_SLICE_NO_START) {
    *start = step < 0 ? hi : lo;
  } else {
    if (*start < 0) *start += len;
    *start = *start < lo ? lo : *start > hi ? hi : *start;
  }
  if (flags & KR_SLICE_NO_STOP) {
    *stop = step < 0 ? lo : hi;
  } else {
    if (*stop < 0) *stop += len;
    *stop = *stop < lo ? lo : *stop > hi ? hi : *stop;
  }
  if (step > 0) return *stop > *start ? (*stop - *start - 1) / step + 1 : 0;
  return *start > *stop ? (*start - *stop - 1) / (-step) + 1 : 0;
}

KrStr *kr_str_slice(KrStr *s, int64_t start, int64_t stop, int64_t step, int flags) {
  if (step == 0) {
    kr_raise(KR_EXC_ValueError, "slice step cannot be zero");
    return NULL;
  }
  int64_t n = kr_str_len(s);
  int64_t cnt = kr_slice_adjust(n, &start, &stop, step, flags);
  if (cnt == 0) return &empty_str;
  if (step == 1) {
    int64_t a = cp_offset(s, start);
    return kr_str_new(s->data + a, cp_offset(s, stop) - a);
  }
  KrBuf b = {0};
  for (int64_t k = 0, i = start; k < cnt; k++, i += step) {
    int64_t a = n == s->len ? i : cp_offset(s, i), e = a + 1;
    while (e < s->len && is_cont((unsigned char)s->data[e])) e++;
    kr_buf_put(&b, s->data + a, e - a);
  }
  KrStr *r = kr_buf_finish(&b);
  kr_buf_free(&b);
  return r;
}

/* Byte offset of needle in hay at or after from, or -1. */
static int64_t find_bytes(KrStr *hay, KrStr *needle, int64_t from) {
  if (needle->len == 0) return from <= hay->len ? from : -1;
  if (needle->len > hay->len - from) return -1;
  const char *end = hay->data + hay->len - needle->len;
  for (const char *p = hay->data + from; p <= end; p++) {
    p = memchr(p, needle->data[0], (size_t)(end - p + 1));
    if (!p) return -1;
    if (memcmp(p, needle->data, (size_t)needle->len) == 0) return p - hay->data;
  }
  return -1;
}

bool kr_str_contains(KrStr *hay, KrStr *needle) { return find_bytes(hay, needle, 0) >= 0; }

int64_t kr_str_find(KrStr *s, KrStr *sub) {
  int64_t off = find_bytes(s, sub, 0);
  if (off <= 0) return off;
  int64_t n = 0; /* convert the byte offset to code points */
  for (int64_t i = 0; i < off; i++) n += !is_cont((unsigned char)s->data[i]);
  return n;
}

int64_t kr_str_count(KrStr *s, KrStr *sub) {
  if (sub->len == 0) return kr_str_len(s) + 1;
  int64_t n = 0;
  for (int64_t off = find_bytes(s, sub, 0); off >= 0; off = find_bytes(s, sub, off + sub->len)) n++;
  return n;
}

bool kr_str_startswith(KrStr *s, KrStr *prefix) {
  return prefix->len <= s->len && memcmp(s->data, prefix->data, (size_t)prefix->len) == 0;
}

bool kr_str_endswith(KrStr *s, KrStr *suffix) {
  return suffix->len <= s->len &&
         memcmp(s->data + s->len - suffix->len, suffix->data, (size_t)suffix->len) == 0;
}

/* Simple case mapping for ASCII, Latin-1, Latin Extended-A, Greek and
 * Cyrillic (the scripts users' messages are likely to contain). Returns
 * the mapped code point; 0 means "expands to SS" (upper of U+00DF).
 * Beyond these blocks code points are unchanged (documented in rt.h). */
static uint32_t to_upper_cp(uint32_t c) {
  if (c >= 'a' && c <= 'z') return c - 32;
  if (c < 0x80) return c;
  if (c == 0xDF) return 0;
  if (c == 0xB5) return 0x39C;
  if (c == 0xFF) return 0x178;
  if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32;
  if (c == 0x131) return 'I';
  if (c == 0x17F) return 'S';
  if ((c >= 0x100 && c <= 0x12F) || (c >= 0x132 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
    return c & ~1u;
  if (((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) && !(c & 1)) return c - 1;
  if (c == 0x3C2) return 0x3A3;
  if ((c >= 0x3B1 && c <= 0x3C1) || (c >= 0x3C3 && c <= 0x3C9)) return c - 32;
  if (c >= 0x430 && c <= 0x44F) return c - 32;
  if (c >= 0x450 && c <= 0x45F) return c - 80;
  return c;
}

static uint32_t to_lower_cp(uint32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c < 0x80) return c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c == 0x178) return 0xFF;
  if ((c >= 0x100 && c <= 0x12F) || (c >= 0x132 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
    return c | 1u;
  if (((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) && (c & 1)) return c + 1;
  if ((c >= 0x391 && c <= 0x3A1) || (c >= 0x3A3 && c <= 0x3A9)) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

static KrStr *map_case(KrStr *s, bool upper) {
  if (s->len == 0) return &empty_str;
  KrBuf b = {0};
  kr_buf_grow(&b, s->len);
  for (int64_t i = 0; i < s->len;) {
    int n;
    char tmp[4];
    uint32_t c = decode((const unsigned char *)s->data + i, &n);
    uint32_t m = upper ? to_upper_cp(c) : to_lower_cp(c);
    if (m == 0) kr_buf_put(&b, "SS", 2);
    else if (m < 0x80) kr_buf_putc(&b, (char)m);
    else kr_buf_put(&b, tmp, encode(m, tmp));
    i += n;
  }
  KrStr *r = kr_buf_finish(&b);
  kr_buf_free(&b);
  return r;
}

KrStr *kr_str_upper(KrStr *s) { return map_case(s, true); }
KrStr *kr_str_lower(KrStr *s) { return map_case(s, false); }

/* ------------------------------------------------------------------ */
/* strip / split / join / replace                                      */
/* ------------------------------------------------------------------ */

/* Does code point at p (size n) occur in chars? */
static bool in_chars(KrStr *chars, const char *p, int n) {
  for (int64_t i = 0; i + n <= chars->len; i++)
    if ((i == 0 || !is_cont((unsigned char)chars->data[i])) &&
        memcmp(chars->data + i, p, (size_t)n) == 0)
      return true;
  return false;
}

/* Size of the strippable code point at p / before end (0 if none). */
static int strip_at(KrStr *chars, const char *p, const char *end) {
  if (!chars) return space_at(p, end);
  int n = 1;
  while (p + n < end && is_cont((unsigned char)p[n])) n++;
  return in_chars(chars, p, n) ? n : 0;
}

static int strip_before(KrStr *chars, const char *begin, const char *end) {
  if (!chars) return space_before(begin, end);
  const char *p = end - 1;
  while (p > begin && is_cont((unsigned char)*p)) p--;
  return in_chars(chars, p, (int)(end - p)) ? (int)(end - p) : 0;
}

KrStr *kr_str_strip_chars(KrStr *s, KrStr *chars, bool left, bool right) {
  const char *a = s->data, *e = s->data + s->len;
  int n;
  if (left)
    while (a < e && (n = strip_at(chars, a, e)) > 0) a += n;
  if (right)
    while (e > a && (n = strip_before(chars, a, e)) > 0) e -= n;
  if (a == s->data && e == s->data + s->len) return kr_incref(s), s;
  return kr_str_new(a, e - a);
}

void kr__strip_span(KrStr *s, int64_t *start, int64_t *end) {
  const char *a = s->data, *e = s->data + s->len;
  int n;
  while (a < e && (n = space_at(a, e)) > 0) a += n;
  while (e > a && (n = space_before(a, e)) > 0) e -= n;
  *start = a - s->data;
  *end = e - s->data;
}

KrStr *kr_str_strip(KrStr *s) { return kr_str_strip_chars(s, NULL, true, true); }
KrStr *kr_str_lstrip(KrStr *s) { return kr_str_strip_chars(s, NULL, true, false); }
KrStr *kr_str_rstrip(KrStr *s) { return kr_str_strip_chars(s, NULL, false, true); }

static void list_push_str(KrList *l, const char *p, int64_t n) {
  KrStr *s = kr_str_new(p, n);
  kr_list_append(l, &s);
  kr_decref(s); /* the list holds its own reference */
}

/* str.split() with no separator: runs of whitespace, no empty strings. */
static KrList *split_ws(KrStr *s) {
  KrList *l = kr_list_new(sizeof(KrStr *), true, 0);
  const char *p = s->data, *e = s->data + s->len;
  int n;
  for (;;) {
    while (p < e && (n = space_at(p, e)) > 0) p += n;
    if (p == e) break;
    const char *w = p;
    while (p < e && space_at(p, e) == 0) /* step whole code points */
      for (p++; p < e && is_cont((unsigned char)*p);) p++;
    list_push_str(l, w, p - w);
  }
  return l;
}

KrList *kr_str_split(KrStr *s, KrStr *sep) {
  if (!sep) return split_ws(s);
  if (sep->len == 0) {
    kr_raise(KR_EXC_ValueError, "empty separator");
    return NULL;
  }
  KrList *l = kr_list_new(sizeof(KrStr *), true, 0);
  int64_t from = 0, at;
  while ((at = find_bytes(s, sep, from)) >= 0) {
    list_push_str(l, s->data + from, at - from);
    from = at + sep->len;
  }
  list_push_str(l, s->data + from, s->len - from);
  return l;
}

KrStr *kr_str_join(KrStr *sep, KrList *strs) {
  KrStr **v = (KrStr **)strs->data;
  if (strs->len == 1) return kr_incref(v[0]), v[0];
  int64_t total = 0;
  for (int64_t i = 0; i < strs->len; i++) total += v[i]->len + (i ? sep->len : 0);
  if (total == 0) return &empty_str;
  char *d;
  KrStr *r = str_alloc(total, &d);
  for (int64_t i = 0; i < strs->len; i++) {
    if (i) memcpy(d, sep->data, (size_t)sep->len), d += sep->len;
    memcpy(d, v[i]->data, (size_t)v[i]->len);
    d += v[i]->len;
  }
  return r;
}

KrStr *kr_str_replace(KrStr *s, KrStr *old, KrStr *new_) {
  KrBuf b = {0};
  if (old->len == 0) { /* insert new_ between every code point and at both ends */
    kr_buf_put_str(&b, new_);
    for (int64_t i = 0; i < s->len; i++) {
      kr_buf_putc(&b, s->data[i]);
      if (i + 1 == s->len || !is_cont((unsigned char)s->data[i + 1])) kr_buf_put_str(&b, new_);
    }
  } else {
    int64_t from = 0, at;
    if (find_bytes(s, old, 0) < 0) return kr_incref(s), s;
    while ((at = find_bytes(s, old, from)) >= 0) {
      kr_buf_put(&b, s->data + from, at - from);
      kr_buf_put_str(&b, new_);
      from = at + old->len;
    }
    kr_buf_put(&b, s->data + from, s->len - from);
  }
  KrStr *r = kr_buf_finish(&b);
  kr_buf_free(&b);
  return r;
}

static bool all_ascii(KrStr *s, int (*pred)(int)) {
  if (s->len == 0) return false;
  for (int64_t i = 0; i < s->len; i++)
    if (!pred((unsigned char)s->data[i])) return false;
  return true;
}
static int digit_p(int c) { return c >= '0' && c <= '9'; }
static int alpha_p(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int space_p(int c) { return c < 0x80 && is_space_cp((uint32_t)c); }
bool kr_str_isdigit(KrStr *s) { return all_ascii(s, digit_p); }
bool kr_str_isalpha(KrStr *s) { return all_ascii(s, alpha_p); }
bool kr_str_isspace(KrStr *s) { return all_ascii(s, space_p); }

KrStr *kr_chr(int64_t cp) {
  if (cp < 0 || cp > 0x10FFFF) {
    kr_raise(KR_EXC_ValueError, "chr() arg not in range(0x110000)");
    return NULL;
  }
  char tmp[4];
  return kr_str_new(tmp, encode((uint32_t)cp, tmp));
}

int64_t kr_ord(KrStr *s) {
  int64_t n = kr_str_len(s);
  if (n != 1) {
    kr_raise(KR_EXC_TypeError, "ord() expected a character, but string of length %lld found",
             (long long)n);
    return 0;
  }
  int k;
  return decode((const unsigned char *)s->data, &k);
}

/* ------------------------------------------------------------------ */
/* KrBuf                                                               */
/* ------------------------------------------------------------------ */

void kr_buf_grow(KrBuf *b, int64_t n) {
  int64_t need = b->len + n + 1; /* +1 keeps room for a NUL */
  if (need <= b->cap) return;
  int64_t cap = b->cap ? b->cap * 2 : 64;
  while (cap < need) cap *= 2;
  char *p = realloc(b->p, (size_t)cap);
  if (!p) {
    fputs("MemoryError\n", stderr);
    abort();
  }
  b->p = p;
  b->cap = cap;
}

void kr_buf_put(KrBuf *b, const char *p, int64_t n) {
  if (n <= 0) return;
  if (b->len + n >= b->cap) kr_buf_grow(b, n);
  memcpy(b->p + b->len, p, (size_t)n);
  b->len += n;
}

void kr_buf_puts(KrBuf *b, const char *cstr) { kr_buf_put(b, cstr, (int64_t)strlen(cstr)); }

void kr_buf_put_str(KrBuf *b, KrStr *s) { kr_buf_put(b, s->data, s->len); }

void kr_buf_put_bool(KrBuf *b, bool v) { v ? kr_buf_put(b, "True", 4) : kr_buf_put(b, "False", 5); }

/* Decimal digits of v right-aligned in out[0..31]; returns the start. */
static char *u64_text(uint64_t v, char *end) {
  do *--end = (char)('0' + v % 10);
  while ((v /= 10) != 0);
  return end;
}

static char *i64_text(int64_t v, char *end) {
  char *p = u64_text(v < 0 ? 0 - (uint64_t)v : (uint64_t)v, end);
  if (v < 0) *--p = '-';
  return p;
}

void kr_buf_put_u64(KrBuf *b, uint64_t v) {
  char tmp[32];
  char *p = u64_text(v, tmp + sizeof tmp);
  kr_buf_put(b, p, tmp + sizeof tmp - p);
}

void kr_buf_put_i64(KrBuf *b, int64_t v) {
  char tmp[32];
  char *p = i64_text(v, tmp + sizeof tmp);
  kr_buf_put(b, p, tmp + sizeof tmp - p);
}

/* Code points that repr() escapes beyond ASCII controls: C1 controls,
 * non-space separators and common format characters (an approximation of
 * Python's str.isprintable(), which needs the full Unicode tables). */
static bool nonprintable_cp(uint32_t c) {
  if (c < 0x20 || c == 0x7F) return true;
  if (c < 0x80) return false;
  return (c >= 0x80 && c <= 0xA0) || c == 0xAD || c == 0x1680 || (c >= 0x2000 && c <= 0x200F) ||
         (c >= 0x2028 && c <= 0x202F) || (c >= 0x205F && c <= 0x206F) || c == 0x3000 ||
         c == 0xFEFF || (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xFFF0 && c <= 0xFFFB) ||
         c == 0xFFFE || c == 0xFFFF || c >= 0xF0000;
}

static void put_escape(KrBuf *b, uint32_t c) {
  static const char hex[] = "0123456789abcdef";
  char tmp[10];
  int n = 0, digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
  tmp[n++] = '\\';
  tmp[n++] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
  for (int i = digits - 1; i >= 0; i--) tmp[n++] = hex[(c >> (4 * i)) & 0xF];
  kr_buf_put(b, tmp, n);
}

/* repr(s) (ascii_only: ascii(s), which also escapes non-ASCII). */
static void put_repr(KrBuf *b, KrStr *s, bool ascii_only) {
  bool sq = memchr(s->data, '\'', (size_t)s->len) != NULL;
  bool dq = memchr(s->data, '"', (size_t)s->len) != NULL;
  char q = sq && !dq ? '"' : '\'';
  kr_buf_putc(b, q);
  for (int64_t i = 0; i < s->len;) {
    int n;
    uint32_t c = decode((const unsigned char *)s->data + i, &n);
    if (c == (uint32_t)q || c == '\\') kr_buf_putc(b, '\\'), kr_buf_putc(b, (char)c);
    else if (c == '\n') kr_buf_put(b, "\\n", 2);
    else if (c == '\r') kr_buf_put(b, "\\r", 2);
    else if (c == '\t') kr_buf_put(b, "\\t", 2);
    else if (nonprintable_cp(c) || (ascii_only && c >= 0x80)) put_escape(b, c);
    else kr_buf_put(b, s->data + i, n);
    i += n;
  }
  kr_buf_putc(b, q);
}

void kr_buf_put_str_repr(KrBuf *b, KrStr *s) { put_repr(b, s, false); }
void kr_buf_put_str_ascii(KrBuf *b, KrStr *s) { put_repr(b, s, true); }

KrStr *kr_buf_finish(KrBuf *b) {
  KrStr *s = kr_str_new(b->p, b->len);
  b->len = 0;
  return s;
}

void kr_buf_free(KrBuf *b) {
  free(b->p);
  b->p = NULL;
  b->len = b->cap = 0;
}

void kr_buf_write(KrBuf *b, FILE *f) {
  if (b->len) fwrite(b->p, 1, (size_t)b->len, f);
  b->len = 0;
}

static KrStr *finish_tmp(KrBuf *b) {
  KrStr *s = kr_buf_finish(b);
  kr_buf_free(b);
  return s;
}

KrStr *kr_str_from_i64(int64_t v) {
  char tmp[32];
  char *p = i64_text(v, tmp + sizeof tmp);
  return kr_str_new(p, tmp + sizeof tmp - p);
}

KrStr *kr_str_from_f64(double v) {
  KrBuf b = {0};
  kr_buf_put_f64(&b, v);
  return finish_tmp(&b);
}

KrStr *kr_str_from_bool(bool v) { return kr_str_from_cstr(v ? "True" : "False"); }

KrStr *kr_str_repr(KrStr *s) {
  KrBuf b = {0};
  kr_buf_put_str_repr(&b, s);
  return finish_tmp(&b);
}
