/* common/str.c — interned names and the malloc-backed StrBuf used by the
 * printers and code generators. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "krait.h"

static uint64_t hash(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ull; /* FNV-1a */
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
  return h;
}

static void intern_grow(Ctx *cx) {
  size_t ncap = cx->capinterns ? cx->capinterns * 2 : 1024;
  const char **tab = calloc(ncap, sizeof *tab);
  if (!tab) abort();
  for (size_t i = 0; i < cx->capinterns; i++) {
    const char *s = cx->interns[i];
    if (!s) continue;
    size_t j = hash(s, strlen(s)) & (ncap - 1);
    while (tab[j]) j = (j + 1) & (ncap - 1);
    tab[j] = s;
  }
  free(cx->interns);
  cx->interns = tab;
  cx->capinterns = ncap;
}

const char *intern(Ctx *cx, const char *s, size_t n) {
  if (2 * (cx->ninterns + 1) > cx->capinterns) intern_grow(cx);
  size_t j = hash(s, n) & (cx->capinterns - 1);
  for (; cx->interns[j]; j = (j + 1) & (cx->capinterns - 1)) {
    const char *t = cx->interns[j];
    if (strncmp(t, s, n) == 0 && t[n] == 0) return t;
  }
  const char *t = arena_strndup(&cx->arena, s, n);
  cx->interns[j] = t;
  cx->ninterns++;
  return t;
}

const char *intern_cstr(Ctx *cx, const char *s) { return intern(cx, s, strlen(s)); }

static void sb_reserve(StrBuf *b, size_t extra) {
  if (b->len + extra + 1 <= b->cap) return;
  size_t ncap = b->cap ? b->cap * 2 : 256;
  while (ncap < b->len + extra + 1) ncap *= 2;
  b->p = realloc(b->p, ncap);
  if (!b->p) abort();
  b->cap = ncap;
}

void sb_putn(StrBuf *b, const char *s, size_t n) {
  sb_reserve(b, n);
  memcpy(b->p + b->len, s, n);
  b->len += n;
  b->p[b->len] = 0;
}

void sb_putc(StrBuf *b, char c) { sb_putn(b, &c, 1); }
void sb_puts(StrBuf *b, const char *s) { sb_putn(b, s, strlen(s)); }

void sb_vprintf(StrBuf *b, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  sb_reserve(b, (size_t)n);
  vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  b->len += (size_t)n;
}

void sb_printf(StrBuf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  sb_vprintf(b, fmt, ap);
  va_end(ap);
}

void sb_free(StrBuf *b) {
  free(b->p);
  memset(b, 0, sizeof *b);
}
