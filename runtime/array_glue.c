/* runtime/array_glue.c — the array helpers generated code calls around its
 * fused loops: broadcasting checks with numpy's messages, sums in numpy's
 * order, errors of empty reductions. The array object itself is array.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "krait/rt.h"

int64_t kr_broadcast_dim(int32_t ndim, int32_t axis, const char *prog, int32_t n,
                         KrArray *const *arrs) {
  int64_t out[KR_MAXDIM];
  if (!kr_broadcast_prog(ndim, out, prog, n, arrs)) return 0;
  return out[axis];
}

/* numpy's tuple spelling of a shape: (3,) (2,4) () */
static void put_shape(char *buf, size_t cap, int32_t ndim, const int64_t *shape) {
  size_t k = (size_t)snprintf(buf, cap, "(");
  for (int32_t i = 0; i < ndim && k < cap; i++)
    k += (size_t)snprintf(buf + k, cap - k, i ? ",%lld" : "%lld", (long long)shape[i]);
  if (k < cap) snprintf(buf + k, cap - k, ndim == 1 ? ",)" : ")");
}

bool kr_broadcast_assign(KrArray *dst, const char *prog, int32_t n, KrArray *const *arrs) {
  if (n == 0) return true;
  int32_t nd = 0;
  for (int32_t i = 0; i < n; i++)
    if (arrs[i]->ndim > nd) nd = arrs[i]->ndim;
  int64_t shape[KR_MAXDIM];
  if (!kr_broadcast_prog(nd, shape, prog, n, arrs)) return false;
  bool ok = true;
  for (int32_t k = 0; k < nd; k++) {
    int32_t d = dst->ndim - nd + k; /* the destination axis, right-aligned */
    int64_t want = d >= 0 ? dst->shape[d] : 1;
    if (shape[k] != 1 && shape[k] != want) ok = false;
  }
  if (ok) return true;
  char a[256], b[256];
  put_shape(a, sizeof a, nd, shape);
  put_shape(b, sizeof b, dst->ndim, dst->shape);
  kr_raise(KR_EXC_ValueError, "could not broadcast input array from shape %s into shape %s", a, b);
  return false;
}

/* Sum the last axis pairwise, the outer axes in order: numpy's order for
 * contiguous and 1-D arrays (one pairwise run), close to it otherwise. */
static double sum_rows_f64(KrArray *a, int32_t axis, const double *p) {
  if (axis == a->ndim - 1) return kr_pairwise_sum_f64(p, a->shape[axis], a->strides[axis]);
  double s = 0.0;
  for (int64_t i = 0; i < a->shape[axis]; i++) s += sum_rows_f64(a, axis + 1, p + i * a->strides[axis]);
  return s;
}

double kr_array_sum_f64(KrArray *a) {
  if (a->size == 0) return 0.0;
  if (a->ndim == 0) return *(double *)a->data;
  if (a->ndim > 1 && kr_array_is_contiguous(a))
    return kr_pairwise_sum_f64((const double *)a->data, a->size, 1);
  return sum_rows_f64(a, 0, (const double *)a->data);
}

static float sum_rows_f32(KrArray *a, int32_t axis, const float *p) {
  if (axis == a->ndim - 1) return kr_pairwise_sum_f32(p, a->shape[axis], a->strides[axis]);
  float s = 0.0f;
  for (int64_t i = 0; i < a->shape[axis]; i++) s += sum_rows_f32(a, axis + 1, p + i * a->strides[axis]);
  return s;
}

float kr_array_sum_f32(KrArray *a) {
  if (a->size == 0) return 0.0f;
  if (a->ndim == 0) return *(float *)a->data;
  if (a->ndim > 1 && kr_array_is_contiguous(a))
    return kr_pairwise_sum_f32((const float *)a->data, a->size, 1);
  return sum_rows_f32(a, 0, (const float *)a->data);
}

int64_t kr_array_empty_reduce(int32_t which) {
  if (which >= 2)
    kr_raise(KR_EXC_ValueError, "attempt to get %s of an empty sequence",
             which == 2 ? "argmin" : "argmax");
  else
    kr_raise(KR_EXC_ValueError, "zero-size array to reduction operation %s which has no identity",
             which ? "maximum" : "minimum");
  return 0;
}

int64_t kr_np_pow_neg(void) {
  kr_raise(KR_EXC_ValueError, "Integers to negative integer powers are not allowed.");
  return 0;
}

/* np.var of a float64 array as numpy computes it: the mean from the
 * pairwise sum, then the pairwise sum of the squared deviations laid out
 * in C order, divided by n - ddof. */
double kr_array_var_f64(KrArray *a, int64_t ddof) {
  int64_t n = a->size;
  double mean = kr_array_sum_f64(a) / (double)n;
  double *sq = malloc(sizeof(double) * (size_t)(n ? n : 1));
  if (!sq) {
    kr_raise(KR_EXC_MemoryError, "cannot allocate the variance temporary");
    return 0.0;
  }
  int64_t idx[KR_MAXDIM] = {0}, k = 0;
  for (int64_t c = 0; c < n; c++) {   /* C order over any strides */
    int64_t off = 0;
    for (int32_t d = 0; d < a->ndim; d++) off += idx[d] * a->strides[d];
    double x = ((double *)a->data)[off] - mean;
    sq[k++] = x * x;
    for (int32_t d = a->ndim - 1; d >= 0 && ++idx[d] == a->shape[d]; d--) idx[d] = 0;
  }
  double s = kr_pairwise_sum_f64(sq, n, 1);
  free(sq);
  return s / (double)(n - ddof);
}

KrArray *kr_array_require_contig(KrArray *a) {
  if (kr_array_is_contiguous(a)) return a;
  kr_raise(KR_EXC_ValueError, "ndarray is not C-contiguous");
  return a;
}
