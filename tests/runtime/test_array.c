/* test_array.c — replays numpy-generated vectors against the array runtime.
 *
 * Usage: test_array VECTORS_FILE (written by gen_array_vectors.py, which
 * documents the ops). Each result is rendered to the same text as the
 * generator's ('shape=.. strides=.. view=.. hex=..', str/repr text, or
 * '!Type: message') and compared. Checks that need no oracle (refcounts,
 * owners, alignment, overlap) run at the end. Prints 'N passed, N failed'.
 */
#define _GNU_SOURCE
#include <krait/rt.h>

#include <stdlib.h>
#include <string.h>

static int64_t passed, failed;
static int lineno;

#define MAXF 16
typedef struct Vec {
  char *f[MAXF];
  int64_t len[MAXF];
  int n;
} Vec;

static int64_t unescape(char *s) {
  char *w = s;
  for (char *r = s; *r; r++) {
    if (*r == '\\' && r[1]) {
      r++;
      *w++ = *r == 't' ? '\t' : *r == 'n' ? '\n' : *r == 'r' ? '\r' : *r;
    } else {
      *w++ = *r;
    }
  }
  *w = 0;
  return w - s;
}

static void split_line(char *line, Vec *v) {
  v->n = 0;
  for (char *p = line;;) {
    char *t = strchr(p, '\t');
    if (t) *t = 0;
    if (v->n < MAXF) {
      v->f[v->n] = p;
      v->len[v->n] = unescape(p);
      v->n++;
    }
    if (!t) break;
    p = t + 1;
  }
}

/* Compares got with the expected text; prints the first failures in full. */
static void check(const char *what, const char *expected, const char *got) {
  if (strcmp(expected, got) == 0) {
    passed++;
    return;
  }
  failed++;
  if (failed <= 25)
    printf("FAIL line %d %s\n  expected: %s\n  got:      %s\n", lineno, what, expected, got);
}

/* '!Type: message' of the pending exception (cleared). */
static char *error_text(void) {
  KrBuf b = {0};
  kr_buf_putc(&b, '!');
  kr_buf_puts(&b, kr_exc_name((KrExc)kr_err));
  kr_buf_puts(&b, ": ");
  KrStr *m = kr_exc_message();
  kr_buf_put_str(&b, m);
  kr_decref(m);
  kr_buf_putc(&b, '\0');
  kr_err_clear();
  return b.p;
}

/* ------------------------------------------------------------------ */
/* Arrays from the vectors                                             */
/* ------------------------------------------------------------------ */

static KrDType dtype_of(const char *name) {
  for (int d = 0; d < KR_DT_COUNT; d++)
    if (strcmp(kr_dtype_name((KrDType)d), name) == 0) return (KrDType)d;
  fprintf(stderr, "line %d: unknown dtype %s\n", lineno, name);
  exit(2);
}

static int32_t parse_ints(const char *s, int64_t *out) {
  int32_t n = 0;
  while (*s) {
    char *end;
    out[n++] = strtoll(s, &end, 10);
    s = *end == ',' ? end + 1 : end;
  }
  return n;
}

static int hexval(char c) { return c <= '9' ? c - '0' : c - 'a' + 10; }

static KrArray *make_array(const char *dtname, const char *shape_s, const char *hex) {
  int64_t shape[KR_MAXDIM];
  int32_t ndim = parse_ints(shape_s, shape);
  KrArray *a = kr_array_new(dtype_of(dtname), ndim, shape);
  if (!a) {
    fprintf(stderr, "line %d: cannot allocate\n", lineno);
    exit(2);
  }
  for (int64_t i = 0; hex[2 * i]; i++)
    a->data[i] = (char)(hexval(hex[2 * i]) * 16 + hexval(hex[2 * i + 1]));
  return a;
}

static void put_hex(KrBuf *b, const void *p, int64_t n) {
  static const char digits[] = "0123456789abcdef";
  for (int64_t i = 0; i < n; i++) {
    unsigned char c = ((const unsigned char *)p)[i];
    kr_buf_putc(b, digits[c >> 4]);
    kr_buf_putc(b, digits[c & 15]);
  }
}

static void put_shape(KrBuf *b, KrArray *a) {
  for (int32_t d = 0; d < a->ndim; d++) {
    if (d) kr_buf_putc(b, ',');
    kr_buf_put_i64(b, a->shape[d]);
  }
}

/* 'shape=.. strides=.. view=.. hex=..' as describe() in the generator. */
static char *describe(KrArray *r, KrArray *orig) {
  KrBuf b = {0};
  kr_buf_puts(&b, "shape=");
  put_shape(&b, r);
  kr_buf_puts(&b, " strides=");
  if (r->size == 0) kr_buf_putc(&b, '-');
  for (int32_t d = 0; d < r->ndim && r->size; d++) {
    if (d) kr_buf_putc(&b, ',');
    if (r->shape[d] > 1) kr_buf_put_i64(&b, r->strides[d]);
    else kr_buf_putc(&b, '*');
  }
  kr_buf_puts(&b, " view=");
  kr_buf_putc(&b, r->size > 0 && kr_array_overlap(r, orig) ? '1' : '0');
  kr_buf_puts(&b, " hex=");
  KrArray *c = kr_array_copy(r);
  put_hex(&b, c->data, c->size * c->itemsize);
  kr_decref(c);
  kr_buf_putc(&b, '\0');
  return b.p;
}

/* Parses 'i3,n,s1:-1:2' into items. */
static int32_t parse_items(const char *s, KrSlice *items) {
  int32_t n = 0;
  while (*s) {
    KrSlice *it = &items[n++];
    memset(it, 0, sizeof *it);
    char *end = (char *)s + 1;
    if (*s == 'n') {
      it->kind = KR_SL_NEWAXIS;
    } else if (*s == 'i') {
      it->kind = KR_SL_INDEX;
      it->start = strtoll(s + 1, &end, 10);
    } else {
      it->kind = KR_SL_SLICE;
      it->step = 1;
      const char *p = s + 1;
      if (*p == ':') it->flags |= KR_SLICE_NO_START;
      else it->start = strtoll(p, &end, 10), p = end;
      if (*p == ':') p++;
      if (*p == ':' || *p == ',' || !*p) it->flags |= KR_SLICE_NO_STOP;
      else it->stop = strtoll(p, &end, 10), p = end;
      if (*p == ':') p++;
      if (*p && *p != ',') it->step = strtoll(p, &end, 10), p = end;
      end = (char *)p;
    }
    s = *end == ',' ? end + 1 : end;
  }
  return n;
}

/* One op of a chain; a new reference or NULL after raising. */
static KrArray *apply_op(KrArray *a, char *op) {
  switch (op[0]) {
  case 'g': {
    KrSlice items[64];
    op[strlen(op) - 1] = 0; /* drop ']' */
    int32_t n = parse_items(op + 2, items);
    return kr_array_getslice(a, n, items);
  }
  case 'T': return kr_array_transpose(a);
  case 'r': {
    int64_t shape[64];
    int32_t n = parse_ints(op + 1, shape);
    return kr_array_reshape(a, n, shape);
  }
  case 'R': return kr_array_ravel(a);
  case 'C': return kr_array_copy(a);
  case 'A': return kr_array_astype(a, dtype_of(op + 1));
  }
  fprintf(stderr, "line %d: bad op %s\n", lineno, op);
  exit(2);
}

/* Applies ';'-separated ops (new reference; NULL after raising). */
static KrArray *apply_ops(KrArray *a, const char *ops) {
  char *copy = strdup(ops), *save = NULL;
  kr_incref(a);
  for (char *op = strtok_r(copy, ";", &save); op && a; op = strtok_r(NULL, ";", &save)) {
    KrArray *r = apply_op(a, op);
    kr_decref(a);
    a = r;
  }
  free(copy);
  return a;
}

static char *buf_cstr(KrBuf *b) {
  kr_buf_putc(b, '\0');
  return b->p;
}

/* ------------------------------------------------------------------ */
/* Ops                                                                 */
/* ------------------------------------------------------------------ */

static void op_chain(Vec *v) {
  KrArray *a = make_array(v->f[1], v->f[2], v->f[3]);
  KrArray *r = apply_ops(a, v->f[4]);
  char *got = r ? describe(r, a) : error_text();
  check(v->f[4], v->f[5], got);
  free(got);
  kr_decref(r);
  kr_decref(a);
}

static void op_print(Vec *v) {
  KrArray *a = make_array(v->f[1], v->f[2], v->f[3]);
  KrArray *r = apply_ops(a, v->f[4]);
  if (!r) {
    char *e = error_text();
    check("print ops", "no error", e);
    free(e);
    kr_decref(a);
    return;
  }
  KrBuf s = {0}, p = {0};
  kr_buf_put_array(&s, r);
  kr_buf_put_array_repr(&p, r);
  check("str", v->f[5], buf_cstr(&s));
  check("repr", v->f[6], buf_cstr(&p));
  kr_buf_free(&s);
  kr_buf_free(&p);
  kr_decref(r);
  kr_decref(a);
}

static KrArray *pool;

static void op_sum(Vec *v) {
  KrArray *r = apply_ops(pool, v->f[1]);
  KrBuf b = {0};
  if (r->dtype == KR_DT_F64) {
    double s = kr_pairwise_sum_f64((const double *)r->data, r->shape[0], r->strides[0]);
    put_hex(&b, &s, sizeof s);
  } else {
    float s = kr_pairwise_sum_f32((const float *)r->data, r->shape[0], r->strides[0]);
    put_hex(&b, &s, sizeof s);
  }
  check(v->f[1], v->f[2], buf_cstr(&b));
  kr_buf_free(&b);
  kr_decref(r);
}

/* 'shape=.. dt=.. hex=..' of a created array, or the error. */
static void check_created(const char *what, KrArray *r, const char *expected) {
  if (!r) {
    char *e = error_text();
    check(what, expected, e);
    free(e);
    return;
  }
  KrBuf b = {0};
  kr_buf_puts(&b, "shape=");
  put_shape(&b, r);
  kr_buf_puts(&b, " dt=");
  kr_buf_puts(&b, kr_dtype_name(r->dtype));
  kr_buf_puts(&b, " hex=");
  put_hex(&b, r->data, r->size * r->itemsize);
  check(what, expected, buf_cstr(&b));
  if (((uintptr_t)r->data & 63) != 0) check(what, "aligned", "misaligned");
  kr_buf_free(&b);
  kr_decref(r);
}

static double H(const char *s) { return strtod(s, NULL); }
static int64_t N(const char *s) { return strtoll(s, NULL, 10); }

static void op_create(Vec *v) {
  const char *op = v->f[0];
  if (strcmp(op, "arange_i") == 0)
    check_created(op, kr_array_arange_i64(N(v->f[1]), N(v->f[2]), N(v->f[3])), v->f[4]);
  else if (strcmp(op, "arange_f") == 0)
    check_created(op, kr_array_arange_f64(H(v->f[1]), H(v->f[2]), H(v->f[3])), v->f[4]);
  else if (strcmp(op, "linspace") == 0)
    check_created(op, kr_array_linspace(H(v->f[1]), H(v->f[2]), N(v->f[3]), N(v->f[4])),
                  v->f[5]);
  else if (strcmp(op, "eye") == 0)
    check_created(op, kr_array_eye(N(v->f[1]), dtype_of(v->f[2])), v->f[3]);
}

static void op_empty(Vec *v) {
  int64_t shape[KR_MAXDIM];
  int32_t ndim = parse_ints(v->f[2], shape);
  KrArray *r = kr_array_new(dtype_of(v->f[1]), ndim, shape);
  char *got;
  if (r) {
    KrBuf b = {0};
    kr_buf_puts(&b, "shape=");
    put_shape(&b, r);
    got = buf_cstr(&b);
  } else {
    got = error_text();
  }
  check("empty", v->f[3], got);
  free(got);
  kr_decref(r);
}

static void op_bcast(Vec *v) {
  KrArray *arrs[8];
  int32_t n = 0, ndim = 0;
  char *copy = strdup(v->f[1]), *p = copy;
  for (;;) {
    char *bar = strchr(p, '|');
    if (bar) *bar = 0;
    int64_t shape[KR_MAXDIM];
    int32_t nd = parse_ints(p, shape);
    arrs[n++] = kr_array_new(KR_DT_F64, nd, shape);
    if (nd > ndim) ndim = nd;
    if (!bar) break;
    p = bar + 1;
  }
  free(copy);
  int64_t out[KR_MAXDIM];
  char *got;
  if (kr_broadcast(ndim, out, n, arrs)) {
    KrBuf b = {0};
    for (int32_t d = 0; d < ndim; d++) {
      if (d) kr_buf_putc(&b, ',');
      kr_buf_put_i64(&b, out[d]);
    }
    got = buf_cstr(&b);
  } else {
    got = error_text();
  }
  check("bcast", v->f[2], got);
  free(got);
  for (int32_t k = 0; k < n; k++) kr_decref(arrs[k]);
}

static void op_bcast_to(Vec *v) {
  int64_t dst[KR_MAXDIM], src[KR_MAXDIM];
  int32_t nd = parse_ints(v->f[1], dst), ns = parse_ints(v->f[2], src);
  KrArray *s = kr_array_new(KR_DT_F64, ns, src);
  char *got = kr_broadcast_to(nd, dst, s) ? strdup("ok") : error_text();
  check("bcast_to", v->f[3], got);
  free(got);
  kr_decref(s);
}

static void op_index(Vec *v) {
  int64_t shape[KR_MAXDIM];
  int32_t nd = parse_ints(v->f[1], shape);
  KrArray *a = kr_array_new(KR_DT_F64, nd, shape);
  int64_t i = kr_array_index(a, (int32_t)N(v->f[2]), N(v->f[3]));
  char *got;
  if (kr_err_occurred()) {
    got = error_text();
  } else {
    KrBuf b = {0};
    kr_buf_put_i64(&b, i);
    got = buf_cstr(&b);
  }
  check("index", v->f[4], got);
  free(got);
  kr_decref(a);
}

/* ------------------------------------------------------------------ */
/* Checks without an oracle                                            */
/* ------------------------------------------------------------------ */

static void expect(bool ok, const char *what) {
  if (ok) {
    passed++;
  } else {
    failed++;
    printf("FAIL %s\n", what);
  }
}

static void fixed_checks(void) {
  int64_t shape[2] = {4, 6};
  KrArray *a = kr_array_zeros(KR_DT_F64, 2, shape);
  KrSlice row = {KR_SL_INDEX, 0, 1, 0, 0};
  KrSlice cols = {KR_SL_SLICE, 0, 1, 5, 2};
  KrArray *r = kr_array_getslice(a, 1, &row);
  KrArray *rc = kr_array_getslice(r, 1, &cols);
  KrArray *t = kr_array_transpose(rc);
  expect(r->base == a && rc->base == a && t->base == a, "views point at the owner");
  expect(a->h.rc == 4, "each view holds one reference to the owner");
  kr_decref(a); /* the views keep the data alive */
  ((double *)rc->data)[0] = 7.0;
  expect(((double *)r->data)[1] == 7.0, "a view writes through to the owner");
  kr_decref(r);
  kr_decref(rc);
  kr_decref(t);

  KrArray *b = kr_array_zeros(KR_DT_F64, 2, shape);
  KrSlice h1[1] = {{KR_SL_SLICE, 0, 0, 2, 1}}, h2[1] = {{KR_SL_SLICE, 0, 2, 4, 1}};
  KrSlice h3[1] = {{KR_SL_SLICE, 0, 1, 3, 1}};
  KrArray *top = kr_array_getslice(b, 1, h1), *bot = kr_array_getslice(b, 1, h2);
  KrArray *mid = kr_array_getslice(b, 1, h3);
  expect(!kr_array_overlap(top, bot), "disjoint halves do not overlap");
  expect(kr_array_overlap(top, mid) && kr_array_overlap(mid, bot), "overlapping rows");
  expect(kr_array_is_contiguous(top) && kr_array_is_contiguous(b), "row blocks are contiguous");
  KrArray *bt = kr_array_transpose(b);
  expect(!kr_array_is_contiguous(bt), "a transpose is not C-contiguous");
  KrArray *rv = kr_array_ravel(bt);
  expect(rv->base == NULL && rv->size == 24, "ravel of a transpose copies");
  KrArray *rs = kr_array_reshape(top, 1, (int64_t[]){12});
  expect(rs->base == b, "reshape of a contiguous view is a view of the owner");
  kr_decref(top), kr_decref(bot), kr_decref(mid), kr_decref(bt), kr_decref(rv), kr_decref(rs);
  kr_decref(b);

  KrArray *e = kr_array_new(KR_DT_I32, 1, (int64_t[]){0});
  expect(e && e->data && e->size == 0 && ((uintptr_t)e->data & 63) == 0, "size-0 arrays");
  KrBuf pb = {0};
  kr_buf_put_array_repr(&pb, e);
  expect(pb.len == 22 && memcmp(pb.p, "array([], dtype=int32)", 22) == 0, "repr of empty");
  kr_buf_free(&pb);
  kr_decref(e);
  expect(strcmp(kr_dtype_name(KR_DT_C64), "complex64") == 0, "dtype names");
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: test_array VECTORS\n");
    return 2;
  }
  FILE *f = fopen(argv[1], "r");
  if (!f) {
    perror(argv[1]);
    return 2;
  }
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  while ((n = getline(&line, &cap, f)) > 0) {
    lineno++;
    if (line[n - 1] == '\n') line[n - 1] = 0;
    Vec v;
    split_line(line, &v);
    const char *op = v.f[0];
    if (strcmp(op, "chain") == 0) op_chain(&v);
    else if (strcmp(op, "print") == 0) op_print(&v);
    else if (strcmp(op, "pool") == 0) {
      kr_decref(pool);
      pool = make_array(v.f[1], v.f[2], v.f[3]);
    } else if (strcmp(op, "sum") == 0) op_sum(&v);
    else if (strcmp(op, "empty") == 0) op_empty(&v);
    else if (strcmp(op, "bcast") == 0) op_bcast(&v);
    else if (strcmp(op, "bcast_to") == 0) op_bcast_to(&v);
    else if (strcmp(op, "index") == 0) op_index(&v);
    else op_create(&v);
    if (kr_err_occurred()) {
      char *e = error_text();
      printf("line %d: stray exception %s\n", lineno, e);
      free(e);
      failed++;
    }
  }
  free(line);
  fclose(f);
  kr_decref(pool);
  fixed_checks();
  printf("%lld passed, %lld failed\n", (long long)passed, (long long)failed);
  return failed != 0;
}
