/* common/source.c — loading source files and turning byte offsets into
 * 1-based lines and code-point columns (only when printing). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "krait.h"

void ctx_init(Ctx *cx) {
  memset(cx, 0, sizeof *cx);
  arena_init(&cx->arena);
  arena_init(&cx->scratch);
  cx->diag.max_errors = 20;
  cx->diag.out = stderr;
}

void ctx_free(Ctx *cx) {
  arena_reset(&cx->arena);
  arena_reset(&cx->scratch);
  free(cx->interns);
  free(cx->files);
  cx->interns = NULL;
  cx->files = NULL;
}

Source *source_from_text(Ctx *cx, const char *path, const char *text, size_t len) {
  Source *s = NEW(&cx->arena, Source);
  s->path = arena_strdup(&cx->arena, path);
  s->text = arena_strndup(&cx->arena, text, len);
  s->len = (uint32_t)len;
  int n = 1;
  for (size_t i = 0; i < len; i++) n += text[i] == '\n';
  s->lines = NEWN(&cx->arena, uint32_t, n + 1);
  s->lines[0] = 0;
  s->nlines = 1;
  for (size_t i = 0; i < len; i++)
    if (text[i] == '\n') s->lines[s->nlines++] = (uint32_t)i + 1;
  cx->files = realloc(cx->files, sizeof(Source *) * (size_t)(cx->nfiles + 1));
  if (!cx->files) abort();
  cx->files[cx->nfiles++] = s;
  return s;
}

Source *source_load(Ctx *cx, const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(cx->diag.out, "krait: error: cannot open '%s'\n", path);
    cx->diag.nerrors++;
    return NULL;
  }
  StrBuf b = {0};
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) sb_putn(&b, chunk, n);
  fclose(f);
  if (b.len > 64u * 1024 * 1024) {
    fprintf(cx->diag.out, "krait: error: '%s' is too large\n", path);
    cx->diag.nerrors++;
    sb_free(&b);
    return NULL;
  }
  Source *s = source_from_text(cx, path, b.p ? b.p : "", b.len);
  sb_free(&b);
  return s;
}

Source *ctx_source(Ctx *cx, Span sp) {
  return sp.file < (uint32_t)cx->nfiles ? cx->files[sp.file] : NULL;
}

int source_line(const Source *s, uint32_t off) {
  int lo = 0, hi = s->nlines - 1;
  while (lo < hi) { /* last line start <= off */
    int mid = (lo + hi + 1) / 2;
    if (s->lines[mid] <= off) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

void source_linecol(const Source *s, uint32_t off, int *line, int *col) {
  if (off > s->len) off = s->len;
  int l = source_line(s, off);
  int c = 1;
  for (uint32_t i = s->lines[l - 1]; i < off; i++)
    c += ((unsigned char)s->text[i] & 0xC0) != 0x80; /* count code points */
  *line = l;
  *col = c;
}

const char *source_line_text(const Source *s, int line, int *len) {
  if (line < 1 || line > s->nlines) {
    *len = 0;
    return "";
  }
  uint32_t a = s->lines[line - 1], b = a;
  while (b < s->len && s->text[b] != '\n' && s->text[b] != '\r') b++;
  *len = (int)(b - a);
  return s->text + a;
}
