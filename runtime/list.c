/* list.c — typed homogeneous lists.
 *
 * The element type is fixed at compile time, so a list stores raw elements
 * of esize bytes inline (an int list is an int64_t array). When `managed`,
 * the elements are KrObj pointers (str or nested lists) that the list owns:
 * stores incref, overwrites and frees decref. Error messages are CPython's.
 */
#include <krait/rt.h>

#include <stdlib.h>
#include <string.h>

static void *xrealloc(void *p, size_t n) {
  p = realloc(p, n ? n : 1);
  if (!p) {
    fputs("MemoryError\n", stderr);
    abort();
  }
  return p;
}

static void obj_retain(void *e) { kr_incref(*(KrObj **)e); }
static void obj_release(void *e) { kr_decref(*(KrObj **)e); }
const KrElemOps kr_obj_elem_ops = {obj_retain, obj_release};

void *kr_box_new(size_t size, void (*fini)(KrBox *)) {
  KrBox *b = xrealloc(NULL, size);
  memset(b, 0, size);
  b->h.rc = 1;
  b->h.kind = KR_OBJ_BOX;
  b->fini = fini;
  return b;
}

static void incref_range(KrList *l, int64_t from, int64_t to) {
  if (!l->ops) return;
  for (int64_t i = from; i < to; i++) l->ops->retain(l->data + i * l->esize);
}

void kr_list_set_ops(KrList *l, const KrElemOps *ops) {
  l->ops = ops;
  l->managed = ops != NULL;
}

/* A new empty list with a's element size and ownership. */
static KrList *new_like(KrList *a, int64_t cap) {
  KrList *r = kr_list_new(a->esize, false, cap);
  kr_list_set_ops(r, a->ops);
  return r;
}

KrList *kr_list_new(int32_t esize, bool managed, int64_t cap) {
  KrList *l = xrealloc(NULL, sizeof *l);
  l->h.rc = 1;
  l->h.kind = KR_OBJ_LIST;
  l->len = 0;
  l->cap = cap > 0 ? cap : 0;
  l->esize = esize;
  l->managed = managed;
  l->ops = managed ? &kr_obj_elem_ops : NULL;
  l->data = l->cap ? xrealloc(NULL, (size_t)(l->cap * esize)) : NULL;
  return l;
}

/* Grows capacity to at least need (amortised doubling, like CPython's
 * over-allocation but simpler). */
void kr_list_grow(KrList *l, int64_t need) {
  if (need <= l->cap) return;
  int64_t cap = l->cap < 4 ? 4 : l->cap + (l->cap >> 1);
  if (cap < need) cap = need;
  l->data = xrealloc(l->data, (size_t)(cap * l->esize));
  l->cap = cap;
}

void kr_list_append(KrList *l, const void *elem) {
  if (l->len == l->cap) kr_list_grow(l, l->len + 1);
  memcpy(l->data + l->len * l->esize, elem, (size_t)l->esize);
  if (l->ops) l->ops->retain(l->data + l->len * l->esize);
  l->len++;
}

void kr_list_set(KrList *l, int64_t k, const void *elem) {
  char *slot = l->data + k * l->esize;
  if (!l->ops) {
    memcpy(slot, elem, (size_t)l->esize);
    return;
  }
  /* keep the old element aside: it is released after the new one is
   * retained, because elem may be the old element or be owned by it */
  char small[256];
  char *old = l->esize <= (int32_t)sizeof small ? small : xrealloc(NULL, (size_t)l->esize);
  memcpy(old, slot, (size_t)l->esize);
  memmove(slot, elem, (size_t)l->esize); /* elem may be the slot itself */
  l->ops->retain(slot);
  l->ops->release(old);
  if (old != small) free(old);
}

void kr_list_pop(KrList *l, int64_t i, void *out) {
  if (l->len == 0) { kr_raise_index("pop from empty list"); return; }
  int64_t k = i < 0 ? i + l->len : i;
  if (k < 0 || k >= l->len) { kr_raise_index("pop index out of range"); return; }
  memcpy(out, l->data + k * l->esize, (size_t)l->esize);
  memmove(l->data + k * l->esize, l->data + (k + 1) * l->esize,
          (size_t)((l->len - k - 1) * l->esize));
  l->len--;
}

void kr_list_insert(KrList *l, int64_t i, const void *elem) {
  int64_t k = i < 0 ? i + l->len : i;
  k = k < 0 ? 0 : k > l->len ? l->len : k;
  if (l->len == l->cap) kr_list_grow(l, l->len + 1);
  memmove(l->data + (k + 1) * l->esize, l->data + k * l->esize, (size_t)((l->len - k) * l->esize));
  memcpy(l->data + k * l->esize, elem, (size_t)l->esize);
  if (l->ops) l->ops->retain(l->data + k * l->esize);
  l->len++;
}

void kr_list_extend(KrList *l, KrList *other) {
  int64_t n = other->len; /* read first: other may be l */
  if (n == 0) return;
  kr_list_grow(l, l->len + n);
  memcpy(l->data + l->len * l->esize, other->data, (size_t)(n * l->esize));
  l->len += n;
  incref_range(l, l->len - n, l->len);
}

KrList *kr_list_concat(KrList *a, KrList *b) {
  KrList *r = new_like(a, a->len + b->len);
  kr_list_extend(r, a);
  kr_list_extend(r, b);
  return r;
}

KrList *kr_list_repeat(KrList *a, int64_t n) {
  if (n < 0) n = 0;
  if (n > 0 && a->len > INT64_MAX / 16 / n) {
    kr_raise(KR_EXC_MemoryError, "%s", "");
    return NULL;
  }
  int64_t total = a->len * n, bytes = a->len * a->esize;
  KrList *r = new_like(a, total);
  if (total == 0) return r;
  memcpy(r->data, a->data, (size_t)bytes);
  for (int64_t done = bytes; done < total * a->esize;) { /* memcpy doubling */
    int64_t k = done < total * a->esize - done ? done : total * a->esize - done;
    memcpy(r->data + done, r->data, (size_t)k);
    done += k;
  }
  r->len = total;
  incref_range(r, 0, total);
  return r;
}

int64_t kr_slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step, int flags);

KrList *kr_list_slice(KrList *l, int64_t start, int64_t stop, int64_t step, int flags) {
  if (step == 0) {
    kr_raise(KR_EXC_ValueError, "slice step cannot be zero");
    return NULL;
  }
  int64_t n = kr_slice_adjust(l->len, &start, &stop, step, flags);
  KrList *r = new_like(l, n);
  if (n == 0) return r;
  if (step == 1) {
    memcpy(r->data, l->data + start * l->esize, (size_t)(n * l->esize));
  } else {
    for (int64_t k = 0, i = start; k < n; k++, i += step)
      memcpy(r->data + k * l->esize, l->data + i * l->esize, (size_t)l->esize);
  }
  r->len = n;
  incref_range(r, 0, n);
  return r;
}

KrList *kr_list_copy(KrList *l) {
  return kr_list_slice(l, 0, 0, 1, KR_SLICE_NO_START | KR_SLICE_NO_STOP);
}

static void swap_elems(char *a, char *b, int32_t size) {
  char tmp[64];
  while (size > 0) {
    int32_t k = size < (int32_t)sizeof tmp ? size : (int32_t)sizeof tmp;
    memcpy(tmp, a, (size_t)k);
    memcpy(a, b, (size_t)k);
    memcpy(b, tmp, (size_t)k);
    a += k, b += k, size -= k;
  }
}

void kr_list_reverse(KrList *l) {
  for (int64_t i = 0, j = l->len - 1; i < j; i++, j--)
    swap_elems(l->data + i * l->esize, l->data + j * l->esize, l->esize);
}

void kr_list_clear(KrList *l) {
  int64_t n = l->len;
  l->len = 0; /* detach first: a decref might free something that looks at l */
  if (l->ops)
    for (int64_t i = 0; i < n; i++) l->ops->release(l->data + i * l->esize);
}

/* ------------------------------------------------------------------ */
/* Comparison, search, sort                                            */
/* ------------------------------------------------------------------ */

int kr_cmp_i64(const void *a, const void *b) {
  int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
  return (x > y) - (x < y);
}

/* NaN compares unequal and unordered: treat as "not less, not greater, not
 * equal"; returning 2 makes == false while < and > stay false for sorting
 * purposes (Python's sort leaves NaNs where the comparisons put them). */
int kr_cmp_f64(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  if (x < y) return -1;
  if (x > y) return 1;
  return x == y ? 0 : 2;
}

int kr_cmp_bool(const void *a, const void *b) {
  bool x = *(const bool *)a, y = *(const bool *)b;
  return (x > y) - (x < y);
}

int kr_cmp_str(const void *a, const void *b) {
  return kr_str_cmp(*(KrStr *const *)a, *(KrStr *const *)b);
}

int64_t kr_list_find(KrList *l, const void *elem, KrCmp eq) {
  for (int64_t i = 0; i < l->len; i++)
    if (eq(l->data + i * l->esize, elem) == 0) return i;
  return -1;
}

int64_t kr_list_index_of(KrList *l, const void *elem, KrCmp cmp, KrStr *repr_of_x) {
  int64_t k = kr_list_find(l, elem, cmp);
  if (k < 0)
    kr_raise(KR_EXC_ValueError, "%.*s is not in list", (int)repr_of_x->len, repr_of_x->data);
  return k;
}

int64_t kr_list_count(KrList *l, const void *elem, KrCmp cmp) {
  int64_t n = 0;
  for (int64_t i = 0; i < l->len; i++) n += cmp(l->data + i * l->esize, elem) == 0;
  return n;
}

void kr_list_remove(KrList *l, const void *elem, KrCmp cmp) {
  int64_t k = kr_list_find(l, elem, cmp);
  if (k < 0) { kr_raise(KR_EXC_ValueError, "list.remove(x): x not in list"); return; }
  char tmp[64];
  void *out = l->esize <= (int32_t)sizeof tmp ? tmp : malloc((size_t)l->esize);
  kr_list_pop(l, k, out);
  if (l->ops) l->ops->release(out);
  if (out != tmp) free(out);
}

/* Python's sort only asks "a < b"; a stable merge sort that moves an
 * element from the right run only when it is strictly less keeps equal
 * elements in order. reverse=True sorts by "b < a" and, like CPython,
 * keeps equal elements in their original order. */
static bool less(KrCmp cmp, const char *a, const char *b, bool reverse) {
  int c = reverse ? cmp(b, a) : cmp(a, b);
  return c < 0;
}

static void merge_sort(char *v, char *tmp, int64_t n, int32_t es, KrCmp cmp, bool rev) {
  if (n < 2) return;
  if (n <= 8) { /* insertion sort for short runs */
    for (int64_t i = 1; i < n; i++) {
      memcpy(tmp, v + i * es, (size_t)es);
      int64_t j = i;
      for (; j > 0 && less(cmp, tmp, v + (j - 1) * es, rev); j--)
        memcpy(v + j * es, v + (j - 1) * es, (size_t)es);
      memcpy(v + j * es, tmp, (size_t)es);
    }
    return;
  }
  int64_t h = n / 2;
  merge_sort(v, tmp, h, es, cmp, rev);
  merge_sort(v + h * es, tmp, n - h, es, cmp, rev);
  if (!less(cmp, v + h * es, v + (h - 1) * es, rev)) return; /* already ordered */
  memcpy(tmp, v, (size_t)(h * es));
  int64_t i = 0, j = h, k = 0;
  while (i < h && j < n) {
    if (less(cmp, v + j * es, tmp + i * es, rev)) memcpy(v + k++ * es, v + j++ * es, (size_t)es);
    else memcpy(v + k++ * es, tmp + i++ * es, (size_t)es);
  }
  memcpy(v + k * es, tmp + i * es, (size_t)((h - i) * es));
}

int64_t kr_list_argext(KrList *l, KrCmp cmp, bool max) {
  int64_t best = l->len ? 0 : -1;
  for (int64_t i = 1; i < l->len; i++) {
    int c = cmp(l->data + i * l->esize, l->data + best * l->esize);
    if (c != 2 && (max ? c > 0 : c < 0)) best = i;   /* 2: unordered (NaN) */
  }
  return best;
}

void kr_list_sort(KrList *l, KrCmp cmp, bool reverse) {
  if (l->len < 2) return;
  char *tmp = xrealloc(NULL, (size_t)((l->len / 2 + 1) * l->esize));
  merge_sort(l->data, tmp, l->len, l->esize, cmp, reverse);
  free(tmp);
}

int kr_list_cmp(KrList *a, KrList *b, KrCmp cmp) {
  int64_t n = a->len < b->len ? a->len : b->len;
  for (int64_t i = 0; i < n; i++) {
    int c = cmp(a->data + i * a->esize, b->data + i * b->esize);
    if (c != 0) return c;
  }
  return (a->len > b->len) - (a->len < b->len);
}

/* ------------------------------------------------------------------ */
/* repr                                                                */
/* ------------------------------------------------------------------ */

void kr_buf_put_list(KrBuf *b, KrList *l, KrPutElem put) {
  kr_buf_putc(b, '[');
  for (int64_t i = 0; i < l->len; i++) {
    if (i) kr_buf_put(b, ", ", 2);
    put(b, l->data + i * l->esize);
  }
  kr_buf_putc(b, ']');
}

void kr_put_elem_i64(KrBuf *b, const void *e) { kr_buf_put_i64(b, *(const int64_t *)e); }
void kr_put_elem_f64(KrBuf *b, const void *e) { kr_buf_put_f64(b, *(const double *)e); }
void kr_put_elem_bool(KrBuf *b, const void *e) { kr_buf_put_bool(b, *(const bool *)e); }
void kr_put_elem_str(KrBuf *b, const void *e) { kr_buf_put_str_repr(b, *(KrStr *const *)e); }
