/* runtime/blas.c — matrix products (`a @ b`, np.dot of 2-D arrays) through
 * CBLAS (Debian's OpenBLAS), with a loop for dtypes BLAS lacks. Only
 * programs that multiply matrices pull this file in, and the driver then
 * links -lopenblas. */
#include <cblas.h>
#include <string.h>

#include "krait/rt.h"

/* A C-contiguous float64 view or copy of a 1-D or 2-D operand. */
static KrArray *contiguous(KrArray *a) {
  if (kr_array_is_contiguous(a)) {
    kr_incref(a);
    return a;
  }
  return kr_array_copy(a);
}

static void shape_error(KrArray *a, KrArray *b, bool dot, int64_t k1, int64_t k2) {
  KrBuf sa = {0}, sb = {0};
  kr__shape_c_string(&sa, a->ndim, a->shape);
  kr__shape_c_string(&sb, b->ndim, b->shape);
  kr_buf_putc(&sa, 0);
  kr_buf_putc(&sb, 0);
  if (dot)
    kr_raise(KR_EXC_ValueError, "shapes %s and %s not aligned: %lld (dim %d) != %lld (dim 0)",
             sa.p, sb.p, (long long)k1, a->ndim - 1, (long long)k2);
  else
    kr_raise(KR_EXC_ValueError,
             "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc "
             "signature (n?,k),(k,m?)->(n?,m?) (size %lld is different from %lld)",
             (long long)k2, (long long)k1);
  kr_buf_free(&sa);
  kr_buf_free(&sb);
}

/* Element (i, j) of a 1-D or 2-D array as a double (generic dtypes). */
static double at(KrArray *a, int64_t i, int64_t j) {
  int64_t off = a->ndim == 1 ? i * a->strides[0] : i * a->strides[0] + j * a->strides[1];
  switch ((KrDType)a->dtype) {
  case KR_DT_BOOL: return ((bool *)a->data)[off];
  case KR_DT_I8: return ((int8_t *)a->data)[off];
  case KR_DT_I16: return ((int16_t *)a->data)[off];
  case KR_DT_I32: return ((int32_t *)a->data)[off];
  case KR_DT_I64: return (double)((int64_t *)a->data)[off];
  case KR_DT_U8: return ((uint8_t *)a->data)[off];
  case KR_DT_U16: return ((uint16_t *)a->data)[off];
  case KR_DT_U32: return ((uint32_t *)a->data)[off];
  case KR_DT_U64: return (double)((uint64_t *)a->data)[off];
  case KR_DT_F32: return ((float *)a->data)[off];
  default: return ((double *)a->data)[off];
  }
}

/* Integer operands multiply exactly in int64 (numpy does not use BLAS). */
static int64_t at_i(KrArray *a, int64_t i, int64_t j) {
  int64_t off = a->ndim == 1 ? i * a->strides[0] : i * a->strides[0] + j * a->strides[1];
  switch ((KrDType)a->dtype) {
  case KR_DT_BOOL: return ((bool *)a->data)[off];
  case KR_DT_I8: return ((int8_t *)a->data)[off];
  case KR_DT_I16: return ((int16_t *)a->data)[off];
  case KR_DT_I32: return ((int32_t *)a->data)[off];
  case KR_DT_U8: return ((uint8_t *)a->data)[off];
  case KR_DT_U16: return ((uint16_t *)a->data)[off];
  case KR_DT_U32: return ((uint32_t *)a->data)[off];
  case KR_DT_U64: return (int64_t)((uint64_t *)a->data)[off];
  default: return ((int64_t *)a->data)[off];
  }
}

/* n x m result of (n x k) @ (k x m) by loops, in dtype dt (ints exact). */
static void product_loops(KrArray *r, KrArray *a, KrArray *b, int64_t n, int64_t k, int64_t m,
                          bool a1, bool b1) {
  for (int64_t i = 0; i < n; i++)
    for (int64_t j = 0; j < m; j++) {
      int64_t off = r->ndim == 2 ? i * r->strides[0] + j * r->strides[1]
                                 : (r->ndim == 1 ? (a1 ? j : i) * r->strides[0] : 0);
      if (r->dtype == KR_DT_F64 || r->dtype == KR_DT_F32) {
        double s = 0.0;
        for (int64_t p = 0; p < k; p++)
          s += at(a, a1 ? p : i, p) * at(b, p, b1 ? 0 : j);
        if (r->dtype == KR_DT_F64) ((double *)r->data)[off] = s;
        else ((float *)r->data)[off] = (float)s;
      } else {
        uint64_t s = 0;
        for (int64_t p = 0; p < k; p++)
          s += (uint64_t)at_i(a, a1 ? p : i, p) * (uint64_t)at_i(b, p, b1 ? 0 : j);
        ((int64_t *)r->data)[off] = (int64_t)s;
      }
    }
}

/* a @ b (dot: np.dot's message) for 1-D and 2-D operands, result dtype dt. */
KrArray *kr_array_matmul(KrArray *a, KrArray *b, KrDType dt, bool dot) {
  bool a1 = a->ndim == 1, b1 = b->ndim == 1;
  int64_t n = a1 ? 1 : a->shape[0], k = a->shape[a->ndim - 1];
  int64_t k2 = b->shape[0], m = b1 ? 1 : b->shape[1];
  if (k != k2) {
    shape_error(a, b, dot, k, k2);
    return NULL;
  }
  int64_t shape[2];
  int32_t nd = 0;
  if (!a1) shape[nd++] = n;
  if (!b1) shape[nd++] = m;
  bool blas = dt == KR_DT_F64 && a->dtype == KR_DT_F64 && b->dtype == KR_DT_F64 && n * m * k > 0;
  KrArray *r = blas ? kr_array_new(dt, nd, shape) : kr_array_zeros(dt, nd, shape);  /* BLAS writes all */
  if (!r) return NULL;
  if (blas) {
    KrArray *ca = contiguous(a), *cb = contiguous(b);
    const double *pa = (const double *)ca->data, *pb = (const double *)cb->data;
    double *pr = (double *)r->data;
    if (!a1 && !b1)
      cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, (int)n, (int)m, (int)k, 1.0, pa,
                  (int)k, pb, (int)m, 0.0, pr, (int)m);
    else if (!a1)
      cblas_dgemv(CblasRowMajor, CblasNoTrans, (int)n, (int)k, 1.0, pa, (int)k, pb, 1, 0.0, pr, 1);
    else if (!b1)
      cblas_dgemv(CblasRowMajor, CblasTrans, (int)k, (int)m, 1.0, pb, (int)m, pa, 1, 0.0, pr, 1);
    else
      pr[0] = cblas_ddot((int)k, pa, 1, pb, 1);
    kr_decref(ca);
    kr_decref(cb);
    return r;
  }
  product_loops(r, a, b, n, k, m, a1, b1);
  return r;
}
