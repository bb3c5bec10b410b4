/* common/krait.h — what every stage of the compiler shares: the context,
 * source spans, arenas, diagnostics, small vectors and strings.
 * Nothing here knows about Python or C; it is the plumbing. */
#ifndef KRAIT_H
#define KRAIT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- arenas: no node-by-node freeing (STYLE "Memory") ---- */
typedef struct ArenaBlock ArenaBlock;
typedef struct Arena {
  ArenaBlock *head;  /* newest block first */
  bool debug;        /* KRAIT_ARENA_DEBUG=1: one malloc per object, for ASan */
  void **dbg;        /* debug mode: every allocation, to free on reset */
  size_t ndbg, capdbg;
} Arena;

void arena_init(Arena *a);
void *arena_alloc(Arena *a, size_t size); /* zeroed, max-aligned, never NULL */
void arena_reset(Arena *a);               /* drop all objects */
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_strdup(Arena *a, const char *s);
char *arena_printf(Arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
#define NEW(a, T) ((T *)arena_alloc((a), sizeof(T)))
#define NEWN(a, T, n) ((T *)arena_alloc((a), sizeof(T) * (size_t)(n)))

/* ---- growable vectors allocated in an arena ---- */
#define Vec(T) struct { T *data; int len, cap; }
#define vec_push(arena, v, x)                                                  \
  do {                                                                         \
    if ((v)->len == (v)->cap) {                                                \
      int ncap_ = (v)->cap ? (v)->cap * 2 : 4;                                 \
      void *nd_ = arena_alloc((arena), sizeof(*(v)->data) * (size_t)ncap_);    \
      if ((v)->len) memcpy(nd_, (v)->data, sizeof(*(v)->data) * (size_t)(v)->len); \
      (v)->data = nd_;                                                         \
      (v)->cap = ncap_;                                                        \
    }                                                                          \
    (v)->data[(v)->len++] = (x);                                               \
  } while (0)

/* ---- sources and spans ---- */
typedef struct Span {
  uint32_t file;        /* index into Ctx.files */
  uint32_t start, end;  /* byte offsets, end exclusive */
} Span;

typedef struct Source {
  const char *path;     /* as given on the command line */
  const char *text;     /* NUL-terminated contents */
  uint32_t len;
  uint32_t *lines;      /* byte offset of each line start */
  int nlines;
} Source;

/* 1-based line and code-point column of a byte offset. */
void source_linecol(const Source *s, uint32_t off, int *line, int *col);
int source_line(const Source *s, uint32_t off);
/* The text of 1-based line `line` (without newline) and its length. */
const char *source_line_text(const Source *s, int line, int *len);

/* ---- diagnostics: collected, never exit (STYLE "Diagnostics") ---- */
typedef struct Diag {
  int nerrors;
  int max_errors;       /* stop reporting after this many (20) */
  void *out;            /* FILE * to print to (stderr) */
} Diag;

typedef struct Ctx {
  Arena arena;          /* module arena: AST, types, IR */
  Arena scratch;        /* reset by each pass */
  Diag diag;
  Source **files;
  int nfiles;
  const char **interns; /* open-addressing table of interned names */
  size_t ninterns, capinterns;
} Ctx;

void ctx_init(Ctx *cx);
void ctx_free(Ctx *cx);
Source *source_load(Ctx *cx, const char *path);
Source *source_from_text(Ctx *cx, const char *path, const char *text, size_t len);
Source *ctx_source(Ctx *cx, Span sp);

/* Record an error at `sp`: `file:line:col: error: msg`, the line, a caret.
 * diag_hint adds `   hint: ...` to the error just reported. */
void diag_error(Ctx *cx, Span sp, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void diag_verror(Ctx *cx, Span sp, const char *fmt, va_list ap);
void diag_hint(Ctx *cx, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
bool diag_failed(Ctx *cx);

/* Internal compiler error: a bug in krait, never a user error. */
#define ICE(...) ice_at(__FILE__, __LINE__, __VA_ARGS__)
_Noreturn void ice_at(const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* ---- strings ---- */
/* Interned identifier: equal names are equal pointers. */
const char *intern(Ctx *cx, const char *s, size_t n);
const char *intern_cstr(Ctx *cx, const char *s);

/* A growable char buffer in malloc memory (used by codegen and printers). */
typedef struct StrBuf {
  char *p;
  size_t len, cap;
} StrBuf;
void sb_putc(StrBuf *b, char c);
void sb_puts(StrBuf *b, const char *s);
void sb_putn(StrBuf *b, const char *s, size_t n);
void sb_printf(StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vprintf(StrBuf *b, const char *fmt, va_list ap);
void sb_free(StrBuf *b);

#endif
