/* common/arena.c — bump allocation in blocks; everything is dropped at once.
 * With KRAIT_ARENA_DEBUG=1 each object is its own malloc so that ASan sees
 * overruns between objects. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "krait.h"

struct ArenaBlock {
  ArenaBlock *next;
  size_t used, size;
  max_align_t data[];
};

enum { BLOCK_SIZE = 64 * 1024 };

void arena_init(Arena *a) {
  const char *dbg = getenv("KRAIT_ARENA_DEBUG");
  memset(a, 0, sizeof *a);
  a->debug = dbg && *dbg == '1';
}

static void *xmalloc(size_t n) {
  void *p = malloc(n);
  if (!p) {
    fprintf(stderr, "krait: out of memory\n");
    abort();
  }
  return p;
}

static void *debug_alloc(Arena *a, size_t size) {
  void *p = xmalloc(size ? size : 1);
  memset(p, 0, size);
  if (a->ndbg == a->capdbg) {
    a->capdbg = a->capdbg ? a->capdbg * 2 : 256;
    a->dbg = realloc(a->dbg, a->capdbg * sizeof *a->dbg);
    if (!a->dbg) abort();
  }
  a->dbg[a->ndbg++] = p;
  return p;
}

void *arena_alloc(Arena *a, size_t size) {
  const size_t align = sizeof(max_align_t);
  size = (size + align - 1) / align * align;
  if (a->debug) return debug_alloc(a, size);
  ArenaBlock *b = a->head;
  if (!b || b->used + size > b->size) {
    size_t cap = size > BLOCK_SIZE ? size : BLOCK_SIZE;
    b = xmalloc(sizeof *b + cap);
    b->next = a->head;
    b->used = 0;
    b->size = cap;
    a->head = b;
  }
  char *p = (char *)b->data + b->used;
  b->used += size;
  memset(p, 0, size);
  return p;
}

void arena_reset(Arena *a) {
  for (size_t i = 0; i < a->ndbg; i++) free(a->dbg[i]);
  free(a->dbg);
  a->dbg = NULL;
  a->ndbg = a->capdbg = 0;
  while (a->head) {
    ArenaBlock *next = a->head->next;
    free(a->head);
    a->head = next;
  }
}

char *arena_strndup(Arena *a, const char *s, size_t n) {
  char *p = arena_alloc(a, n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

char *arena_strdup(Arena *a, const char *s) { return arena_strndup(a, s, strlen(s)); }

char *arena_printf(Arena *a, const char *fmt, ...) {
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  char *p = arena_alloc(a, (size_t)n + 1);
  vsnprintf(p, (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  return p;
}
