/* runtime/array_ops.c — numpy functions that move whole arrays: sort
 * (along the last axis, NaN last as numpy does) and concatenate. */
#include <stdlib.h>
#include <string.h>

#include "krait/rt.h"

#define CMP_INT(T)                                                             \
  static int cmp_##T(const void *x, const void *y) {                           \
    T a = *(const T *)x, b = *(const T *)y;                                    \
    return (a > b) - (a < b);                                                  \
  }
CMP_INT(bool)
CMP_INT(int8_t)
CMP_INT(int16_t)
CMP_INT(int32_t)
CMP_INT(int64_t)
CMP_INT(uint8_t)
CMP_INT(uint16_t)
CMP_INT(uint32_t)
CMP_INT(uint64_t)

/* numpy's order for floats: NaN after everything. */
static int cmp_double(const void *x, const void *y) {
  double a = *(const double *)x, b = *(const double *)y;
  if (a != a) return b != b ? 0 : 1;
  if (b != b) return -1;
  return (a > b) - (a < b);
}

static int cmp_float(const void *x, const void *y) {
  double a = *(const float *)x, b = *(const float *)y;
  return cmp_double(&a, &b);
}

static int (*comparator(KrDType dt))(const void *, const void *) {
  switch (dt) {
  case KR_DT_BOOL: return cmp_bool;
  case KR_DT_I8: return cmp_int8_t;
  case KR_DT_I16: return cmp_int16_t;
  case KR_DT_I32: return cmp_int32_t;
  case KR_DT_I64: return cmp_int64_t;
  case KR_DT_U8: return cmp_uint8_t;
  case KR_DT_U16: return cmp_uint16_t;
  case KR_DT_U32: return cmp_uint32_t;
  case KR_DT_U64: return cmp_uint64_t;
  case KR_DT_F32: return cmp_float;
  default: return cmp_double;
  }
}

/* np.sort(a): a sorted copy, each run along the last axis sorted. */
KrArray *kr_array_sort(KrArray *a) {
  KrArray *c = kr_array_copy(a);
  if (!c || c->ndim == 0 || c->size == 0) return c;
  int64_t run = c->shape[c->ndim - 1];
  for (int64_t off = 0; off < c->size; off += run)
    qsort(c->data + off * c->itemsize, (size_t)run, (size_t)c->itemsize, comparator(c->dtype));
  return c;
}

/* Copy `src` (any strides) into the C-contiguous block of `dst` at offset
 * `at` along `axis`, converting to dst's dtype. */
static void place(KrArray *dst, KrArray *src, int32_t axis, int64_t at) {
  int64_t idx[KR_MAXDIM] = {0};
  KrArray *conv = src->dtype == dst->dtype ? src : kr_array_astype(src, (KrDType)dst->dtype);
  if (!conv) return;
  for (int64_t k = 0; k < conv->size; k++) {
    int64_t so = 0, d = 0;
    for (int32_t i = 0; i < conv->ndim; i++) {
      so += idx[i] * conv->strides[i];
      d += (idx[i] + (i == axis ? at : 0)) * dst->strides[i];
    }
    memcpy(dst->data + d * dst->itemsize, conv->data + so * conv->itemsize, (size_t)dst->itemsize);
    for (int32_t i = conv->ndim - 1; i >= 0 && ++idx[i] == conv->shape[i]; i--) idx[i] = 0;
  }
  if (conv != src) kr_decref(conv);
}

/* np.concatenate(arrs, axis) with numpy's messages for shape mismatches. */
KrArray *kr_array_concatenate(int32_t n, KrArray *const *arrs, int32_t axis, KrDType dt) {
  KrArray *first = arrs[0];
  int64_t shape[KR_MAXDIM];
  memcpy(shape, first->shape, sizeof(int64_t) * (size_t)first->ndim);
  shape[axis] = 0;
  for (int32_t i = 0; i < n; i++) {
    for (int32_t d = 0; d < first->ndim; d++)
      if (d != axis && arrs[i]->shape[d] != first->shape[d]) {
        kr_raise(KR_EXC_ValueError,
                 "all the input array dimensions except for the concatenation axis must match "
                 "exactly, but along dimension %d, the array at index 0 has size %lld and the "
                 "array at index %d has size %lld",
                 d, (long long)first->shape[d], i, (long long)arrs[i]->shape[d]);
        return NULL;
      }
    shape[axis] += arrs[i]->shape[axis];
  }
  KrArray *r = kr_array_new(dt, first->ndim, shape);
  if (!r) return NULL;
  int64_t at = 0;
  for (int32_t i = 0; i < n; i++) {
    place(r, arrs[i], axis, at);
    at += arrs[i]->shape[axis];
  }
  return r;
}

/* Stable merge sort of the indices idx[0..n) by the values they point at. */
static void msort_idx(int64_t *idx, int64_t *tmp, int64_t n, const char *base, int64_t stride,
                      int64_t size, int (*cmp)(const void *, const void *)) {
  if (n < 2) return;
  int64_t h = n / 2;
  msort_idx(idx, tmp, h, base, stride, size, cmp);
  msort_idx(idx + h, tmp, n - h, base, stride, size, cmp);
  int64_t i = 0, j = h, k = 0;
  while (i < h && j < n) {
    const char *x = base + idx[j] * stride * size, *y = base + idx[i] * stride * size;
    tmp[k++] = cmp(x, y) < 0 ? idx[j++] : idx[i++];   /* ties keep the left one first */
  }
  while (i < h) tmp[k++] = idx[i++];
  while (j < n) tmp[k++] = idx[j++];
  memcpy(idx, tmp, sizeof(int64_t) * (size_t)n);
}

/* np.argsort(a): int64 indices sorting each run along the last axis
 * (stable; numpy's default agrees for distinct values and short runs). */
KrArray *kr_array_argsort(KrArray *a) {
  KrArray *c = kr_array_copy(a);
  if (!c) return NULL;
  KrArray *r = kr_array_new(KR_DT_I64, c->ndim, c->shape);
  int64_t run = c->ndim ? c->shape[c->ndim - 1] : 1;
  int64_t *tmp = malloc(sizeof(int64_t) * (size_t)(run ? run : 1));
  for (int64_t off = 0; off < c->size; off += run) {
    int64_t *idx = (int64_t *)r->data + off;
    for (int64_t k = 0; k < run; k++) idx[k] = k;
    msort_idx(idx, tmp, run, c->data + off * c->itemsize, 1, c->itemsize, comparator(c->dtype));
  }
  free(tmp);
  kr_decref(c);
  return r;
}

/* The pairwise sum (numpy's order) of (p[i*stride] - mean)**2, i < n. */
double kr_pairwise_sqdev_f64(const double *p, int64_t n, int64_t stride, double mean) {
  double *sq = malloc(sizeof(double) * (size_t)(n ? n : 1));
  for (int64_t i = 0; i < n; i++) {
    double x = p[i * stride] - mean;
    sq[i] = x * x;
  }
  double s = kr_pairwise_sum_f64(sq, n, 1);
  free(sq);
  return s;
}
