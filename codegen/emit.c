/* codegen/emit.c — the text buffer the C backend writes through.
 *
 * Its one subtlety is `#line`: after `#line N "f.py"` the C compiler counts
 * every following newline, so the emitter tracks that presumed line and
 * writes a directive only when a statement's Python line differs from it.
 * Consecutive statements on consecutive lines then need no directive. */
#include <stdio.h>
#include <string.h>

#include "codegen.h"

int em_span_line(Emitter *e, Span sp) {
  if (!e->src || (sp.start == 0 && sp.end == 0)) return 0;
  return source_line(e->src, sp.start);
}

static void newline(Emitter *e) {
  sb_putc(e->out, '\n');
  if (e->line) e->line++;
}

void em_raw(Emitter *e, const char *s) {
  for (; *s; s++) {
    if (*s == '\n') newline(e);
    else sb_putc(e->out, *s);
  }
}

void em_at(Emitter *e, Span sp) {
  int line = em_span_line(e, sp);
  if (!line || line == e->line) return;
  sb_printf(e->out, "#line %d ", line);
  cg_c_string(e->out, e->path, (int64_t)strlen(e->path));
  sb_putc(e->out, '\n');
  e->line = line;
}

static void indent(Emitter *e) {
  for (int i = 0; i < e->depth; i++) sb_puts(e->out, "  ");
}

static void vline(Emitter *e, bool left, const char *suffix, const char *fmt, va_list ap) {
  if (!left) indent(e);
  StrBuf tmp = {0};
  sb_vprintf(&tmp, fmt, ap);
  em_raw(e, tmp.p ? tmp.p : "");
  sb_free(&tmp);
  sb_puts(e->out, suffix);
  newline(e);
}

void em_line(Emitter *e, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vline(e, false, "", fmt, ap);
  va_end(ap);
}

void em_open(Emitter *e, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vline(e, false, " {", fmt, ap);
  va_end(ap);
  e->depth++;
}

void em_close(Emitter *e) {
  e->depth--;
  indent(e);
  sb_putc(e->out, '}');
  newline(e);
}

void em_flush_left(Emitter *e, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vline(e, true, "", fmt, ap);
  va_end(ap);
}

/* Octal escapes for everything outside printable ASCII keep the literal
 * independent of the compiler's input charset; three digits always, so a
 * following digit cannot extend the escape. */
void cg_c_string(StrBuf *b, const char *s, int64_t n) {
  sb_putc(b, '"');
  for (int64_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    switch (c) {
    case '"': sb_puts(b, "\\\""); break;
    case '\\': sb_puts(b, "\\\\"); break;
    case '\n': sb_puts(b, "\\n"); break;
    case '\t': sb_puts(b, "\\t"); break;
    case '\r': sb_puts(b, "\\r"); break;
    case '?': sb_puts(b, i + 1 < n && s[i + 1] == '?' ? "\\?" : "?"); break; /* trigraphs */
    default:
      if (c < 0x20 || c >= 0x7f) sb_printf(b, "\\%03o", c);
      else sb_putc(b, (char)c);
    }
  }
  sb_putc(b, '"');
}
