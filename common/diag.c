/* common/diag.c — error reporting in the gcc/cproc format with a caret line
 * and an optional hint:
 *   kernels.py:12:9: error: cannot assign 'str' to 'n', which is 'int'
 *      12 |     n = "x"
 *         |         ^~~
 *      hint: ...
 * Errors are collected; stages check diag_failed() at their boundaries. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "krait.h"

static bool reporting(Ctx *cx) { return cx->diag.nerrors <= cx->diag.max_errors; }

enum { WINDOW = 100 }; /* longer lines are shown around the caret */

/* Length of the valid UTF-8 sequence at p[0..n), or 0 if it is invalid. */
static int utf8_len(const unsigned char *p, uint32_t n) {
  int k = p[0] < 0x80 ? 1 : (p[0] & 0xE0) == 0xC0 ? 2 : (p[0] & 0xF0) == 0xE0 ? 3
        : (p[0] & 0xF8) == 0xF0 ? 4 : 0;
  if (k == 0 || (uint32_t)k > n || (k == 2 && p[0] < 0xC2)) return 0;
  for (int i = 1; i < k; i++)
    if ((p[i] & 0xC0) != 0x80) return 0;
  return k;
}

/* Print bytes [a, b) of a line with control bytes and invalid UTF-8 shown
 * as '?', so that binary input cannot garble the terminal. */
static void print_bytes(FILE *out, const char *p, uint32_t a, uint32_t b) {
  for (uint32_t i = a; i < b;) {
    const unsigned char *c = (const unsigned char *)p + i;
    int k = utf8_len(c, b - i);
    if (k == 0 || (k == 1 && *c < 0x20 && *c != '\t')) {
      fputc('?', out);
      i++;
      continue;
    }
    fwrite(c, 1, (size_t)k, out);
    i += (uint32_t)k;
  }
}

/* Move back to the start of a UTF-8 sequence. */
static uint32_t cp_start(const char *p, uint32_t i) {
  while (i > 0 && ((unsigned char)p[i] & 0xC0) == 0x80) i--;
  return i;
}

/* The byte range of the line to show: all of it, or WINDOW bytes around
 * the caret for very long lines (deeply nested input). */
static void line_window(const Source *s, int line, uint32_t at, uint32_t *a, uint32_t *b) {
  int len;
  source_line_text(s, line, &len);
  *a = s->lines[line - 1];
  *b = *a + (uint32_t)len;
  if (*b - *a <= WINDOW) return;
  if (at > *a + WINDOW / 2) *a = cp_start(s->text, at - WINDOW / 2);
  if (*b > *a + WINDOW) *b = cp_start(s->text, *a + WINDOW);
}

static void print_caret(FILE *out, const Source *s, uint32_t a, uint32_t b, uint32_t start,
                        uint32_t end, bool cut) {
  fputs(cut ? "      | ..." : "      | ", out);
  for (uint32_t i = a; i < start; i++) {
    unsigned char c = (unsigned char)s->text[i];
    if ((c & 0xC0) == 0x80) continue;
    fputc(c == '\t' ? '\t' : ' ', out);
  }
  fputc('^', out);
  for (uint32_t i = start + 1; i < end && i < b; i++)
    if (((unsigned char)s->text[i] & 0xC0) != 0x80) fputc('~', out);
  fputc('\n', out);
}

void diag_verror(Ctx *cx, Span sp, const char *fmt, va_list ap) {
  cx->diag.nerrors++;
  if (!reporting(cx)) return;
  FILE *out = cx->diag.out;
  if (cx->diag.nerrors == cx->diag.max_errors + 1) {
    fprintf(out, "krait: too many errors, stopping\n");
    return;
  }
  Source *s = ctx_source(cx, sp);
  if (!s) {
    fputs("krait: error: ", out);
    vfprintf(out, fmt, ap);
    fputc('\n', out);
    return;
  }
  int line, col;
  source_linecol(s, sp.start, &line, &col);
  fprintf(out, "%s:%d:%d: error: ", s->path, line, col);
  vfprintf(out, fmt, ap);
  fputc('\n', out);
  uint32_t a, b;
  line_window(s, line, sp.start, &a, &b);
  bool cut = a > s->lines[line - 1];
  fprintf(out, cut ? "%5d | ..." : "%5d | ", line);
  print_bytes(out, s->text, a, b);
  fputc('\n', out);
  print_caret(out, s, a, b, sp.start, sp.end > sp.start ? sp.end : sp.start + 1, cut);
}

void diag_error(Ctx *cx, Span sp, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  diag_verror(cx, sp, fmt, ap);
  va_end(ap);
}

void diag_hint(Ctx *cx, const char *fmt, ...) {
  if (!reporting(cx) || cx->diag.nerrors == cx->diag.max_errors + 1) return;
  va_list ap;
  va_start(ap, fmt);
  fputs("   hint: ", cx->diag.out);
  vfprintf(cx->diag.out, fmt, ap);
  fputc('\n', cx->diag.out);
  va_end(ap);
}

bool diag_failed(Ctx *cx) { return cx->diag.nerrors > 0; }

void ice_at(const char *file, int line, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "krait: internal compiler error at %s:%d: ", file, line);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  abort();
}
