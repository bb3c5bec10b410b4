/* array.c — n-dimensional arrays: descriptors, views, creation, casting.
 *
 * An array is a refcounted KrArray descriptor (see krait/array.h). The
 * owner holds the data (allocated 64-byte aligned); views (slices,
 * transposes, reshapes that need no copy) hold a reference to the owner,
 * never to an intermediate view, so chains of views stay one level deep.
 * Strides count elements, not bytes.
 *
 * numpy is the oracle: shapes, view-versus-copy decisions (reshape follows
 * numpy's _attempt_nocopy_reshape), element values (arange's fill rule,
 * linspace's arithmetic), casts and every error message are numpy 2.x's.
 */
#include <krait/rt.h>

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

void (*kr_array_release_ext)(void *ext);

static const int64_t dtype_size[KR_DT_COUNT] = {
#define X(n, c, s) [KR_DT_##n] = (int64_t)sizeof(c),
    KR_DTYPES(X)
#undef X
};

static const char *const dtype_names[KR_DT_COUNT] = {
#define X(n, c, s) [KR_DT_##n] = s,
    KR_DTYPES(X)
#undef X
};

const char *kr_dtype_name(KrDType dt) {
  return (unsigned)dt < KR_DT_COUNT ? dtype_names[dt] : "?";
}

int64_t kr_dtype_size(KrDType dt) { return dtype_size[dt]; }

static void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) {
    fputs("MemoryError\n", stderr);
    abort(); /* as str.c: a descriptor-sized allocation failing leaves nothing to do */
  }
  return p;
}

/* ------------------------------------------------------------------ */
/* Shape strings in numpy's two styles                                 */
/* ------------------------------------------------------------------ */

/* numpy's C-level convert_shape_to_string: '(2,3)', '(4,)', leading
 * negative entries dropped and later ones printed as 'newaxis'. */
void kr__shape_c_string(KrBuf *b, int32_t n, const int64_t *v) {
  int32_t i = 0;
  while (i < n && v[i] < 0) i++;
  if (i == n) {
    kr_buf_puts(b, "()");
    return;
  }
  kr_buf_putc(b, '(');
  kr_buf_put_i64(b, v[i++]);
  for (; i < n; i++) {
    kr_buf_putc(b, ',');
    if (v[i] < 0) kr_buf_puts(b, "newaxis");
    else kr_buf_put_i64(b, v[i]);
  }
  if (n == 1) kr_buf_putc(b, ',');
  kr_buf_putc(b, ')');
}

/* A Python tuple of ints: '(2, 3)', '(4,)', '()'. */
void kr__shape_py_string(KrBuf *b, int32_t n, const int64_t *v) {
  kr_buf_putc(b, '(');
  for (int32_t i = 0; i < n; i++) {
    if (i) kr_buf_puts(b, ", ");
    kr_buf_put_i64(b, v[i]);
  }
  if (n == 1) kr_buf_putc(b, ',');
  kr_buf_putc(b, ')');
}

/* Raises exc with `prefix`, the shape text and `suffix` (numpy style). */
static void raise_shape(KrExc exc, const char *prefix, int32_t n, const int64_t *v,
                        const char *suffix) {
  KrBuf b = {0};
  kr_buf_puts(&b, prefix);
  kr__shape_c_string(&b, n, v);
  kr_buf_puts(&b, suffix);
  kr_buf_putc(&b, '\0');
  kr_raise(exc, "%s", b.p);
  kr_buf_free(&b);
}

/* ------------------------------------------------------------------ */
/* Descriptors                                                         */
/* ------------------------------------------------------------------ */

static KrArray *desc_new(KrDType dt, int32_t ndim, const int64_t *shape) {
  KrArray *a = xmalloc(sizeof *a);
  memset(a, 0, sizeof *a);
  a->h.rc = 1;
  a->h.kind = KR_OBJ_ARRAY;
  a->dtype = dt;
  a->itemsize = dtype_size[dt];
  a->ndim = ndim;
  a->size = 1;
  for (int32_t d = 0; d < ndim; d++) {
    a->shape[d] = shape[d];
    a->size *= shape[d];
  }
  return a;
}

/* C-order strides of a's shape (in elements). */
static void c_strides(KrArray *a) {
  int64_t s = 1;
  for (int32_t d = a->ndim - 1; d >= 0; d--) {
    a->strides[d] = s;
    s *= a->shape[d] ? a->shape[d] : 1;
  }
}

/* numpy's _size_to_string for the MemoryError message. */
static void put_nbytes(KrBuf *b, uint64_t nbytes) {
  static const char *const units[] = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
  int bits = 0;
  for (uint64_t v = nbytes; v; v >>= 1) bits++;
  int ui = (bits - 1 > 1 ? bits - 1 : 1) / 10;
  double n = (double)nbytes / ldexp(1.0, ui * 10);
  if (nearbyint(n) == 1024.0) {
    ui++;
    n /= 1024.0;
  }
  if (ui > 6) {
    n *= ldexp(1.0, (ui - 6) * 10);
    ui = 6;
  }
  char tmp[400];
  if (ui == 0) snprintf(tmp, sizeof tmp, "%.0f %s", n, units[0]);
  else if (nearbyint(n) < 1000) snprintf(tmp, sizeof tmp, "%#.3g %s", n, units[ui]);
  else snprintf(tmp, sizeof tmp, "%#.0f %s", n, units[ui]);
  kr_buf_puts(b, tmp);
}

static void raise_nomem(KrDType dt, int32_t ndim, const int64_t *shape, uint64_t nbytes) {
  KrBuf b = {0};
  kr_buf_puts(&b, "Unable to allocate ");
  put_nbytes(&b, nbytes);
  kr_buf_puts(&b, " for an array with shape ");
  kr__shape_py_string(&b, ndim, shape);
  kr_buf_puts(&b, " and data type ");
  kr_buf_puts(&b, dtype_names[dt]);
  kr_buf_putc(&b, '\0');
  kr_raise(KR_EXC_MemoryError, "%s", b.p);
  kr_buf_free(&b);
}

/* Checks a requested shape as numpy's PyArray_NewFromDescr does; returns
 * the byte count, or -1 after raising. */
static int64_t checked_nbytes(KrDType dt, int32_t ndim, const int64_t *shape) {
  if (ndim < 0 || ndim > KR_MAXDIM) {
    kr_raise(KR_EXC_ValueError,
             "maximum supported dimension for an ndarray is currently %d, found %d",
             KR_MAXDIM, (int)ndim);
    return -1;
  }
  int64_t nbytes = dtype_size[dt];
  bool empty = false;
  for (int32_t d = 0; d < ndim; d++) {
    if (shape[d] == 0) {
      empty = true;
      continue;
    }
    if (shape[d] < 0) {
      kr_raise(KR_EXC_ValueError, "negative dimensions are not allowed");
      return -1;
    }
    if (__builtin_mul_overflow(nbytes, shape[d], &nbytes)) {
      kr_raise(KR_EXC_ValueError, "array is too big; `arr.size * arr.dtype.itemsize` is "
                                  "larger than the maximum possible size.");
      return -1;
    }
  }
  if (empty) return 0;
  return nbytes;
}

/* Array data: 64-byte aligned; from 4 MiB on 2 MiB-aligned and advised
 * to use transparent huge pages, as numpy's allocator does (fewer TLB
 * misses when streaming; with THP's default defrag=madvise only advised
 * memory gets huge pages reliably). */
static void *data_alloc(size_t nbytes) {
  enum { HUGE = 1 << 21 };
  if (nbytes < (size_t)4 << 20) {
    size_t alloc = (nbytes + 63) & ~(size_t)63;
    return aligned_alloc(64, alloc ? alloc : 64);
  }
  size_t alloc = (nbytes + HUGE - 1) & ~(size_t)(HUGE - 1);
  void *p = aligned_alloc(HUGE, alloc);
#ifdef MADV_HUGEPAGE
  if (p) madvise(p, alloc, MADV_HUGEPAGE);
#endif
  return p;
}

/** np.empty(shape, dtype): owning, C-contiguous, 64-byte aligned data. */
KrArray *kr_array_new(KrDType dt, int32_t ndim, const int64_t *shape) {
  int64_t nbytes = checked_nbytes(dt, ndim, shape);
  if (nbytes < 0) return NULL;
  void *data = data_alloc((size_t)nbytes);
  if (!data) {
    raise_nomem(dt, ndim, shape, (uint64_t)nbytes);
    return NULL;
  }
  KrArray *a = desc_new(dt, ndim, shape);
  a->data = data;
  c_strides(a);
  return a;
}

/** A descriptor on memory krait does not own (a Python buffer): `ext` is
 * released through kr_array_release_ext when the last reference goes.
 * Strides are in elements. */
KrArray *kr_array_foreign(KrDType dt, int32_t ndim, const int64_t *shape,
                          const int64_t *strides, void *data, void *ext) {
  KrArray *a = desc_new(dt, ndim, shape);
  a->data = data;
  a->ext = ext;
  for (int32_t i = 0; i < ndim; i++) a->strides[i] = strides[i];
  return a;
}

/** np.zeros(shape, dtype). */
KrArray *kr_array_zeros(KrDType dt, int32_t ndim, const int64_t *shape) {
  KrArray *a = kr_array_new(dt, ndim, shape);
  if (a) memset(a->data, 0, (size_t)(a->size * a->itemsize));
  return a;
}

/** Frees a descriptor whose count reached 0 (called by kr_obj_free). */
void kr__array_free(KrArray *a) {
  if (a->base) kr_decref(a->base);
  else if (a->ext) {
    if (kr_array_release_ext) kr_array_release_ext(a->ext);
  } else free(a->data);
  free(a);
}

/* A new view descriptor on a's memory (shape and strides to be filled). */
static KrArray *view_new(KrArray *a, int32_t ndim, char *data) {
  KrArray *v = desc_new(a->dtype, 0, NULL);
  v->ndim = ndim;
  v->data = data;
  v->base = a->base ? a->base : a;
  v->readonly = a->readonly;
  kr_incref(v->base);
  return v;
}

static void view_set_size(KrArray *v) {
  v->size = 1;
  for (int32_t d = 0; d < v->ndim; d++) v->size *= v->shape[d];
}

/* ------------------------------------------------------------------ */
/* C-order iteration                                                   */
/* ------------------------------------------------------------------ */

/* Position in a C-order walk: the index tuple and the element offset. */
typedef struct Walk {
  int64_t idx[KR_MAXDIM];
  int64_t off;
} Walk;

/* Advances w to the next element of a in C order. */
static void walk_next(const KrArray *a, Walk *w) {
  for (int32_t d = a->ndim - 1; d >= 0; d--) {
    w->off += a->strides[d];
    if (++w->idx[d] < a->shape[d]) return;
    w->off -= a->strides[d] * a->shape[d];
    w->idx[d] = 0;
  }
}

/** C order, as numpy's C_CONTIGUOUS flag (size-1 axes and empty arrays
 *  are contiguous whatever their strides). */
bool kr_array_is_contiguous(KrArray *a) {
  if (a->size == 0) return true;
  int64_t s = 1;
  for (int32_t d = a->ndim - 1; d >= 0; d--) {
    if (a->shape[d] == 1) continue;
    if (a->strides[d] != s) return false;
    s *= a->shape[d];
  }
  return true;
}

/* Copies a's elements in C order into the contiguous buffer dst. */
static void copy_to_contiguous(KrArray *a, char *dst) {
  int64_t is = a->itemsize;
  if (kr_array_is_contiguous(a)) {
    memcpy(dst, a->data, (size_t)(a->size * is));
    return;
  }
  Walk w = {{0}, 0};
  for (int64_t k = 0; k < a->size; k++) {
    memcpy(dst + k * is, a->data + w.off * is, (size_t)is);
    walk_next(a, &w);
  }
}

/** a.copy(): a new C-contiguous owner. */
KrArray *kr_array_copy(KrArray *a) {
  KrArray *r = kr_array_new(a->dtype, a->ndim, a->shape);
  if (r) copy_to_contiguous(a, r->data);
  return r;
}

/* ------------------------------------------------------------------ */
/* Casting                                                             */
/* ------------------------------------------------------------------ */

/* One element widened without rounding: the kind says which member. */
typedef enum { V_INT, V_UINT, V_F32, V_F64, V_C64, V_C128 } VKind;
typedef struct Val {
  VKind k;
  int64_t i;
  uint64_t u;
  float f;
  double d;
  float _Complex cf;
  double _Complex c;
} Val;

static Val load(KrDType dt, const char *p) {
  Val v = {0};
  switch (dt) {
  case KR_DT_BOOL: v.k = V_INT; v.i = *(const bool *)p; break;
  case KR_DT_I8: v.k = V_INT; v.i = *(const int8_t *)p; break;
  case KR_DT_I16: v.k = V_INT; v.i = *(const int16_t *)p; break;
  case KR_DT_I32: v.k = V_INT; v.i = *(const int32_t *)p; break;
  case KR_DT_I64: v.k = V_INT; v.i = *(const int64_t *)p; break;
  case KR_DT_U8: v.k = V_UINT; v.u = *(const uint8_t *)p; break;
  case KR_DT_U16: v.k = V_UINT; v.u = *(const uint16_t *)p; break;
  case KR_DT_U32: v.k = V_UINT; v.u = *(const uint32_t *)p; break;
  case KR_DT_U64: v.k = V_UINT; v.u = *(const uint64_t *)p; break;
  case KR_DT_F32: v.k = V_F32; v.f = *(const float *)p; break;
  case KR_DT_F64: v.k = V_F64; v.d = *(const double *)p; break;
  case KR_DT_C64: v.k = V_C64; v.cf = *(const float _Complex *)p; break;
  case KR_DT_C128: v.k = V_C128; v.c = *(const double _Complex *)p; break;
  case KR_DT_COUNT: break;
  }
  return v;
}

/* The real value of a floating or complex element as a double. */
static double val_real(const Val *v) {
  switch (v->k) {
  case V_F32: return v->f;
  case V_F64: return v->d;
  case V_C64: return (double)__real__ v->cf;
  case V_C128: return __real__ v->c;
  case V_INT: return (double)v->i;
  case V_UINT: return (double)v->u;
  }
  return 0.0;
}

/* Float -> integer casts as numpy's C loops behave on x86-64: in-range
 * values truncate; out-of-range and NaN give the 'integer indefinite'
 * value (INT_MIN of the conversion width) instead of C's undefined
 * behaviour. Narrow types convert through int32, as compilers do. */
static int32_t f_to_i32(double x) {
  return x > -2147483649.0 && x < 2147483648.0 ? (int32_t)x : INT32_MIN;
}
static int64_t f_to_i64(double x) {
  return x >= -9223372036854775808.0 && x < 9223372036854775808.0 ? (int64_t)x : INT64_MIN;
}
static uint64_t f_to_u64(double x) {
  if (x >= 9223372036854775808.0)
    return (uint64_t)f_to_i64(x - 9223372036854775808.0) ^ (UINT64_C(1) << 63);
  return (uint64_t)f_to_i64(x);
}

/* The value as an integer of 64 bits (two's complement). */
static uint64_t val_bits(const Val *v, bool to_unsigned64, bool narrow) {
  switch (v->k) {
  case V_INT: return (uint64_t)v->i;
  case V_UINT: return v->u;
  case V_F32: case V_F64: case V_C64: case V_C128: break;
  }
  double x = val_real(v);
  if (narrow) return (uint64_t)(int64_t)f_to_i32(x);
  return to_unsigned64 ? f_to_u64(x) : (uint64_t)f_to_i64(x);
}

static bool val_nonzero(const Val *v) {
  switch (v->k) {
  case V_INT: return v->i != 0;
  case V_UINT: return v->u != 0;
  case V_F32: return v->f != 0.0f;
  case V_F64: return v->d != 0.0;
  case V_C64: return __real__ v->cf != 0.0f || __imag__ v->cf != 0.0f;
  case V_C128: return __real__ v->c != 0.0 || __imag__ v->c != 0.0;
  }
  return false;
}

/* Single-rounding conversions to float and double. */
static float val_f32(const Val *v) {
  switch (v->k) {
  case V_INT: return (float)v->i;
  case V_UINT: return (float)v->u;
  case V_F32: return v->f;
  case V_F64: return (float)v->d;
  case V_C64: return __real__ v->cf;
  case V_C128: return (float)__real__ v->c;
  }
  return 0.0f;
}

static double val_f64(const Val *v) {
  switch (v->k) {
  case V_INT: return (double)v->i;
  case V_UINT: return (double)v->u;
  case V_F32: return v->f;
  case V_F64: return v->d;
  case V_C64: return __real__ v->cf;
  case V_C128: return __real__ v->c;
  }
  return 0.0;
}

static double _Complex val_c128(const Val *v) {
  switch (v->k) {
  case V_C64: return (double _Complex)v->cf;
  case V_C128: return v->c;
  case V_INT: case V_UINT: case V_F32: case V_F64: break;
  }
  return (double _Complex)val_f64(v);
}

static float _Complex val_c64(const Val *v) {
  switch (v->k) {
  case V_C64: return v->cf;
  case V_C128: return (float _Complex)v->c;
  case V_INT: case V_UINT: case V_F32: case V_F64: break;
  }
  return (float _Complex)val_f32(v);
}

static void store(KrDType dt, char *p, const Val *v) {
  switch (dt) {
  case KR_DT_BOOL: *(bool *)p = val_nonzero(v); break;
  case KR_DT_I8: *(int8_t *)p = (int8_t)val_bits(v, false, true); break;
  case KR_DT_I16: *(int16_t *)p = (int16_t)val_bits(v, false, true); break;
  case KR_DT_I32: *(int32_t *)p = (int32_t)val_bits(v, false, true); break;
  case KR_DT_I64: *(int64_t *)p = (int64_t)val_bits(v, false, false); break;
  case KR_DT_U8: *(uint8_t *)p = (uint8_t)val_bits(v, false, true); break;
  case KR_DT_U16: *(uint16_t *)p = (uint16_t)val_bits(v, false, true); break;
  case KR_DT_U32: *(uint32_t *)p = (uint32_t)val_bits(v, false, false); break;
  case KR_DT_U64: *(uint64_t *)p = val_bits(v, true, false); break;
  case KR_DT_F32: *(float *)p = val_f32(v); break;
  case KR_DT_F64: *(double *)p = val_f64(v); break;
  case KR_DT_C64: *(float _Complex *)p = val_c64(v); break;
  case KR_DT_C128: *(double _Complex *)p = val_c128(v); break;
  case KR_DT_COUNT: break;
  }
}

/** a.astype(dt): always a new C-contiguous array (numpy's default copy=True). */
KrArray *kr_array_astype(KrArray *a, KrDType dt) {
  if ((KrDType)a->dtype == dt) return kr_array_copy(a);
  KrArray *r = kr_array_new(dt, a->ndim, a->shape);
  if (!r) return NULL;
  Walk w = {{0}, 0};
  for (int64_t k = 0; k < a->size; k++) {
    Val v = load(a->dtype, a->data + w.off * a->itemsize);
    store(dt, r->data + k * r->itemsize, &v);
    walk_next(a, &w);
  }
  return r;
}

/* ------------------------------------------------------------------ */
/* arange, linspace, eye                                               */
/* ------------------------------------------------------------------ */

static KrArray *new_1d(KrDType dt, int64_t n) { return kr_array_new(dt, 1, &n); }

/** np.arange with int arguments: length ceil((stop - start) / step),
 *  elements start + i*step (numpy's LONG_fill). */
KrArray *kr_array_arange_i64(int64_t start, int64_t stop, int64_t step) {
  if (step == 0) {
    kr_raise(KR_EXC_ZeroDivisionError, "division by zero");
    return NULL;
  }
  /* (stop - start) can exceed int64: compute in two's-complement 65-bit
   * form via the unsigned difference and its sign. */
  bool up = stop >= start;
  uint64_t diff = up ? (uint64_t)stop - (uint64_t)start : (uint64_t)start - (uint64_t)stop;
  int64_t n = 0;
  if (diff != 0 && (up == (step > 0))) {
    uint64_t s = step > 0 ? (uint64_t)step : 0 - (uint64_t)step;
    uint64_t q = diff / s + (diff % s != 0);
    if (q > (uint64_t)INT64_MAX) {
      kr_raise(KR_EXC_ValueError, "Maximum allowed size exceeded");
      return NULL;
    }
    n = (int64_t)q;
  }
  KrArray *r = new_1d(KR_DT_I64, n);
  if (!r) return NULL;
  int64_t *p = (int64_t *)r->data;
  for (int64_t i = 0; i < n; i++) p[i] = (int64_t)((uint64_t)start + (uint64_t)i * (uint64_t)step);
  return r;
}

/** np.arange with float arguments: numpy's _calc_length and DOUBLE_fill
 *  (a[i] = start + i*delta, where delta = (start + step) - start). */
KrArray *kr_array_arange_f64(double start, double stop, double step) {
  if (step == 0.0) {
    kr_raise(KR_EXC_ZeroDivisionError, "float division by zero");
    return NULL;
  }
  double len = ceil((stop - start) / step);
  if (isnan(len)) {
    kr_raise(KR_EXC_ValueError, "arange: cannot compute length");
    return NULL;
  }
  if (!(len < 9223372036854775808.0)) {
    kr_raise(KR_EXC_ValueError, "Maximum allowed size exceeded");
    return NULL;
  }
  int64_t n = len > 0 ? (int64_t)len : 0;
  KrArray *r = new_1d(KR_DT_F64, n);
  if (!r) return NULL;
  double *p = (double *)r->data;
  double next = start + step, delta = next - start;
  if (n > 0) p[0] = start;
  if (n > 1) p[1] = next;
  for (int64_t i = 2; i < n; i++) p[i] = start + (double)i * delta;
  return r;
}

/** np.linspace(start, stop, num, endpoint): numpy 2.x's arithmetic
 *  (step = delta/div; y = i*step + start; y[-1] = stop). */
KrArray *kr_array_linspace(double start, double stop, int64_t num, bool endpoint) {
  if (num < 0) {
    kr_raise(KR_EXC_ValueError, "Number of samples, %lld, must be non-negative.",
             (long long)num);
    return NULL;
  }
  int64_t div = endpoint ? num - 1 : num;
  KrArray *r = new_1d(KR_DT_F64, num);
  if (!r) return NULL;
  double *y = (double *)r->data;
  double delta = stop - start;
  if (div > 0) {
    double step = delta / (double)div;
    if (step == 0.0) {
      for (int64_t i = 0; i < num; i++) y[i] = (double)i / (double)div * delta + start;
    } else {
      for (int64_t i = 0; i < num; i++) y[i] = (double)i * step + start;
    }
  } else {
    for (int64_t i = 0; i < num; i++) y[i] = (double)i * delta + start;
  }
  if (endpoint && num > 1) y[num - 1] = stop;
  return r;
}

/** np.eye(n, dtype=dt). */
KrArray *kr_array_eye(int64_t n, KrDType dt) {
  int64_t shape[2] = {n, n};
  KrArray *r = kr_array_zeros(dt, 2, shape);
  if (!r) return NULL;
  Val one = {.k = V_INT, .i = 1};
  for (int64_t i = 0; i < n; i++) store(dt, r->data + (i * n + i) * r->itemsize, &one);
  return r;
}

/* ------------------------------------------------------------------ */
/* Indexing and views                                                  */
/* ------------------------------------------------------------------ */

int64_t kr_array_index_fail(KrArray *a, int32_t axis, int64_t i) {
  kr_raise(KR_EXC_IndexError, "index %lld is out of bounds for axis %d with size %lld",
           (long long)i, (int)axis, (long long)a->shape[axis]);
  return 0;
}

/* Python's PySlice_Unpack + PySlice_AdjustIndices: first index and length. */
static int64_t slice_adjust(const KrSlice *s, int64_t len, int64_t *start_out) {
  int64_t step = s->step < -INT64_MAX ? -INT64_MAX : s->step;
  int64_t start = s->flags & KR_SLICE_NO_START ? (step < 0 ? INT64_MAX : 0) : s->start;
  int64_t stop = s->flags & KR_SLICE_NO_STOP ? (step < 0 ? INT64_MIN : INT64_MAX) : s->stop;
  if (start < 0) {
    start += len;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= len) {
    start = step < 0 ? len - 1 : len;
  }
  if (stop < 0) {
    stop += len;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= len) {
    stop = step < 0 ? len - 1 : len;
  }
  *start_out = start;
  if (step < 0) return stop < start ? (start - stop - 1) / (-step) + 1 : 0;
  return start < stop ? (stop - start - 1) / step + 1 : 0;
}

/* Counts the item kinds of a subscript; false after raising. */
static bool check_items(KrArray *a, int32_t nitems, const KrSlice *items, int32_t *out_ndim) {
  int32_t nidx = 0, nint = 0, nnew = 0;
  for (int32_t k = 0; k < nitems; k++) {
    if (items[k].kind == KR_SL_NEWAXIS) nnew++;
    else nidx++;
    if (items[k].kind == KR_SL_INDEX) nint++;
  }
  if (nidx > a->ndim) {
    kr_raise(KR_EXC_IndexError,
             "too many indices for array: array is %d-dimensional, but %d were indexed",
             (int)a->ndim, (int)nidx);
    return false;
  }
  *out_ndim = a->ndim - nint + nnew;
  if (*out_ndim > KR_MAXDIM) {
    kr_raise(KR_EXC_IndexError,
             "number of dimensions must be within [0, %d], indexing result would have %d",
             KR_MAXDIM, (int)*out_ndim);
    return false;
  }
  return true;
}

/** a[items]: numpy basic indexing, a view. */
KrArray *kr_array_getslice(KrArray *a, int32_t nitems, const KrSlice *items) {
  int32_t ndim;
  if (!check_items(a, nitems, items, &ndim)) return NULL;
  int64_t shape[KR_MAXDIM], strides[KR_MAXDIM], off = 0;
  int32_t ax = 0, od = 0;
  for (int32_t k = 0; k < nitems; k++) {
    const KrSlice *s = &items[k];
    if (s->kind == KR_SL_NEWAXIS) {
      shape[od] = 1;
      strides[od++] = 0;
    } else if (s->kind == KR_SL_INDEX) {
      int64_t i = kr_array_index(a, ax, s->start);
      if (kr_err_occurred()) return NULL;
      off += i * a->strides[ax++];
    } else {
      if (s->step == 0) {
        kr_raise(KR_EXC_ValueError, "slice step cannot be zero");
        return NULL;
      }
      int64_t start, n = slice_adjust(s, a->shape[ax], &start);
      if (n > 0) off += start * a->strides[ax];
      shape[od] = n;
      strides[od++] = a->strides[ax++] * (s->step < -INT64_MAX ? -INT64_MAX : s->step);
    }
  }
  for (; ax < a->ndim; ax++, od++) {
    shape[od] = a->shape[ax];
    strides[od] = a->strides[ax];
  }
  KrArray *v = view_new(a, ndim, a->data + off * a->itemsize);
  memcpy(v->shape, shape, sizeof(int64_t) * (size_t)ndim);
  memcpy(v->strides, strides, sizeof(int64_t) * (size_t)ndim);
  view_set_size(v);
  return v;
}

/** a.T: a view with the axes reversed. */
KrArray *kr_array_transpose(KrArray *a) {
  KrArray *v = view_new(a, a->ndim, a->data);
  for (int32_t d = 0; d < a->ndim; d++) {
    v->shape[d] = a->shape[a->ndim - 1 - d];
    v->strides[d] = a->strides[a->ndim - 1 - d];
  }
  view_set_size(v);
  return v;
}

/* numpy's _fix_unknown_dimension: fills in one negative entry of shape. */
static bool fix_unknown(KrArray *a, int32_t ndim, const int64_t *req, int64_t *shape) {
  int32_t unknown = -1;
  int64_t known = 1;
  bool overflow = false;
  for (int32_t d = 0; d < ndim; d++) {
    shape[d] = req[d];
    if (req[d] < 0) {
      if (unknown >= 0) {
        kr_raise(KR_EXC_ValueError, "can only specify one unknown dimension");
        return false;
      }
      unknown = d;
    } else if (__builtin_mul_overflow(known, req[d], &known)) {
      overflow = true;
    }
  }
  bool ok = !overflow && (unknown >= 0 ? known != 0 && a->size % known == 0 : a->size == known);
  if (!ok) {
    char prefix[96];
    snprintf(prefix, sizeof prefix, "cannot reshape array of size %lld into shape ",
             (long long)a->size);
    raise_shape(KR_EXC_ValueError, prefix, ndim, req, "");
    return false;
  }
  if (unknown >= 0) shape[unknown] = a->size / known;
  return true;
}

/* numpy's _attempt_nocopy_reshape (C order): strides that let the new
 * shape view a's memory, if they exist. */
static bool nocopy_strides(KrArray *a, int32_t newnd, const int64_t *newdims, int64_t *newstrides) {
  int64_t olddims[KR_MAXDIM], oldstrides[KR_MAXDIM];
  int32_t oldnd = 0;
  for (int32_t d = 0; d < a->ndim; d++) {
    if (a->shape[d] != 1) {
      olddims[oldnd] = a->shape[d];
      oldstrides[oldnd++] = a->strides[d];
    }
  }
  int32_t oi = 0, oj = 1, ni = 0, nj = 1;
  while (ni < newnd && oi < oldnd) {
    int64_t np_ = newdims[ni], op = olddims[oi];
    while (np_ != op) {
      if (np_ < op) np_ *= newdims[nj++];
      else op *= olddims[oj++];
    }
    for (int32_t ok = oi; ok < oj - 1; ok++)
      if (oldstrides[ok] != olddims[ok + 1] * oldstrides[ok + 1]) return false;
    newstrides[nj - 1] = oldstrides[oj - 1];
    for (int32_t nk = nj - 1; nk > ni; nk--) newstrides[nk - 1] = newstrides[nk] * newdims[nk];
    ni = nj++;
    oi = oj++;
  }
  int64_t last = ni >= 1 ? newstrides[ni - 1] : 1;
  for (int32_t nk = ni; nk < newnd; nk++) newstrides[nk] = last;
  return true;
}

/** a.reshape(shape): a view whenever numpy's would be one, else a copy. */
KrArray *kr_array_reshape(KrArray *a, int32_t ndim, const int64_t *req) {
  int64_t shape[KR_MAXDIM], strides[KR_MAXDIM];
  if (ndim > KR_MAXDIM) {
    kr_raise(KR_EXC_ValueError,
             "maximum supported dimension for an ndarray is currently %d, found %d",
             KR_MAXDIM, (int)ndim);
    return NULL;
  }
  if (!fix_unknown(a, ndim, req, shape)) return NULL;
  KrArray *src = a;
  bool same = ndim == a->ndim;
  for (int32_t d = 0; same && d < ndim; d++) same = shape[d] == a->shape[d];
  if (same) {
    memcpy(strides, a->strides, sizeof strides);
  } else if (kr_array_is_contiguous(a)) {
    int64_t s = 1;
    for (int32_t d = ndim - 1; d >= 0; d--) {
      strides[d] = s;
      s *= shape[d] ? shape[d] : 1;
    }
  } else if (!nocopy_strides(a, ndim, shape, strides)) {
    src = kr_array_copy(a);
    if (!src) return NULL;
    int64_t s = 1;
    for (int32_t d = ndim - 1; d >= 0; d--) {
      strides[d] = s;
      s *= shape[d] ? shape[d] : 1;
    }
  }
  KrArray *v = view_new(src, ndim, src->data);
  memcpy(v->shape, shape, sizeof(int64_t) * (size_t)ndim);
  memcpy(v->strides, strides, sizeof(int64_t) * (size_t)ndim);
  view_set_size(v);
  if (src != a) kr_decref(src); /* the view keeps the copy alive */
  return v;
}

/** a.ravel(): a view when C-contiguous, else a copy. */
KrArray *kr_array_ravel(KrArray *a) {
  if (!kr_array_is_contiguous(a)) {
    KrArray *c = kr_array_copy(a);
    if (!c) return NULL;
    c->ndim = 1;
    c->shape[0] = c->size;
    c->strides[0] = 1;
    return c;
  }
  KrArray *v = view_new(a, 1, a->data);
  v->shape[0] = a->size;
  v->strides[0] = 1;
  v->size = a->size;
  return v;
}

/* ------------------------------------------------------------------ */
/* Broadcasting and overlap                                            */
/* ------------------------------------------------------------------ */

/* Broadcasts shape b (nb axes) into a (na axes, a's buffer holds KR_MAXDIM),
 * right-aligned; false if they do not fit. */
static bool bcast_pair(int32_t *na, int64_t *a, int32_t nb, const int64_t *b) {
  int32_t n = *na > nb ? *na : nb;
  int64_t r[KR_MAXDIM];
  for (int32_t d = 0; d < n; d++) {
    int32_t da = *na - n + d, db = nb - n + d;
    int64_t x = da >= 0 ? a[da] : 1, y = db >= 0 ? b[db] : 1;
    if (x != y && x != 1 && y != 1) return false;
    r[d] = x == 1 ? y : x;
  }
  memcpy(a, r, sizeof(int64_t) * (size_t)n);
  *na = n;
  return true;
}

/* numpy evaluates an expression one operation at a time, and its message
 * names the operands of the first operation that fails. `prog` is the
 * expression in postfix: 'a' the next array operand, 's' a scalar, 'd' the
 * first array again (the output of an in-place operation), '2' and '3' an
 * operation on the last two or three values. Writes that message
 * into b; false if prog finds no failure (the caller names all operands). */
static bool explain_broadcast(KrBuf *b, const char *prog, int32_t n, KrArray *const *arrs) {
  enum { DEPTH = 64 };
  int64_t shape[DEPTH][KR_MAXDIM];
  int32_t nd[DEPTH], top = 0, next = 0;
  for (const char *p = prog; *p; p++) {
    if (*p == 'a' || *p == 's' || *p == 'd') {
      if (top == DEPTH || (*p == 'a' && next == n) || n == 0) return false;
      const KrArray *a = *p == 'a' ? arrs[next++] : *p == 'd' ? arrs[0] : NULL;
      nd[top] = a ? a->ndim : 0;
      if (a) memcpy(shape[top], a->shape, sizeof(int64_t) * (size_t)nd[top]);
      top++;
      continue;
    }
    int32_t k = *p - '0';
    if (k < 2 || k > top) return false;
    int32_t base = top - k, rn = nd[base];
    int64_t r[KR_MAXDIM];
    memcpy(r, shape[base], sizeof r);
    bool ok = true;
    for (int32_t i = base + 1; i < top && ok; i++) ok = bcast_pair(&rn, r, nd[i], shape[i]);
    if (!ok) {
      kr_buf_puts(b, "operands could not be broadcast together with shapes ");
      for (int32_t i = base; i < top; i++) {
        kr__shape_c_string(b, nd[i], shape[i]);
        kr_buf_putc(b, ' ');
      }
      return true;
    }
    top = base + 1;
    nd[base] = rn;
    memcpy(shape[base], r, sizeof r);
  }
  return false;
}

/** The broadcast shape of n operands (numpy's rules) into out[ndim]; the
 * error message follows `prog` (see explain_broadcast), or names all
 * operands when prog is NULL. */
bool kr_broadcast_prog(int32_t ndim, int64_t *out, const char *prog, int32_t n,
                       KrArray *const *arrs) {
  for (int32_t d = 0; d < ndim; d++) out[d] = 1;
  for (int32_t k = 0; k < n; k++) {
    const KrArray *a = arrs[k];
    for (int32_t d = 0; d < a->ndim; d++) {
      int32_t od = ndim - a->ndim + d;
      int64_t s = a->shape[d];
      if (od < 0) {
        if (s == 1) continue;
        goto mismatch;
      }
      if (s == 1) continue;
      if (out[od] == 1) out[od] = s;
      else if (out[od] != s) goto mismatch;
    }
  }
  return true;
mismatch: {
  KrBuf b = {0};
  if (!prog || !explain_broadcast(&b, prog, n, arrs)) {
    b.len = 0;
    kr_buf_puts(&b, "operands could not be broadcast together with shapes ");
    for (int32_t k = 0; k < n; k++) {
      kr__shape_c_string(&b, arrs[k]->ndim, arrs[k]->shape);
      kr_buf_putc(&b, ' ');
    }
  }
  kr_buf_putc(&b, '\0');
  kr_raise(KR_EXC_ValueError, "%s", b.p);
  kr_buf_free(&b);
  return false;
}
}

bool kr_broadcast(int32_t ndim, int64_t *out, int32_t n, KrArray *const *arrs) {
  return kr_broadcast_prog(ndim, out, NULL, n, arrs);
}

/** Can src be assigned to a destination of shape dst[ndim]? */
bool kr_broadcast_to(int32_t ndim, const int64_t *dst, KrArray *src) {
  /* numpy first drops leading unit axes of src beyond the destination's rank */
  int32_t skip = 0;
  while (src->ndim - skip > ndim && src->shape[skip] == 1) skip++;
  const int64_t *shape = src->shape + skip;
  int32_t nd = src->ndim - skip;
  bool ok = nd <= ndim;
  for (int32_t d = 0; d < nd && ok; d++) ok = shape[d] == 1 || dst[ndim - nd + d] == shape[d];
  if (ok) return true;
  KrBuf b = {0};
  kr_buf_puts(&b, "could not broadcast input array from shape ");
  kr__shape_c_string(&b, nd, shape);
  kr_buf_puts(&b, " into shape ");
  kr__shape_c_string(&b, ndim, dst);
  kr_buf_putc(&b, '\0');
  kr_raise(KR_EXC_ValueError, "%s", b.p);
  kr_buf_free(&b);
  return false;
}

/* Byte extent [lo, hi) of a's elements. */
static void extent(KrArray *a, uintptr_t *lo, uintptr_t *hi) {
  int64_t min = 0, max = 0;
  for (int32_t d = 0; d < a->ndim; d++) {
    int64_t span = (a->shape[d] - 1) * a->strides[d];
    if (span < 0) min += span;
    else max += span;
  }
  *lo = (uintptr_t)a->data + (uintptr_t)(min * a->itemsize);
  *hi = (uintptr_t)a->data + (uintptr_t)((max + 1) * a->itemsize);
}

/** Conservative overlap test of the memory extents. */
bool kr_array_overlap(KrArray *a, KrArray *b) {
  if (a->size == 0 || b->size == 0) return false;
  uintptr_t alo, ahi, blo, bhi;
  extent(a, &alo, &ahi);
  extent(b, &blo, &bhi);
  return alo < bhi && blo < ahi;
}

/* ------------------------------------------------------------------ */
/* Pairwise summation (numpy's pairwise_sum, loops_utils.h.src)        */
/* ------------------------------------------------------------------ */

#define KR_PW_BLOCK 128

/* One definition for each float type: blocks of 8 partial sums up to
 * KR_PW_BLOCK elements, halves (multiples of 8) above. */
#define KR_DEFINE_PAIRWISE_SUM(name, T)                                        \
  T name(const T *p, int64_t n, int64_t stride) {                             \
    if (n < 8) {                                                              \
      T res = 0;                                                              \
      for (int64_t i = 0; i < n; i++) res += p[i * stride];                   \
      return res;                                                             \
    }                                                                         \
    if (n <= KR_PW_BLOCK) {                                                   \
      T r[8], res;                                                            \
      int64_t i;                                                              \
      for (int j = 0; j < 8; j++) r[j] = p[j * stride];                       \
      for (i = 8; i < n - (n % 8); i += 8)                                    \
        for (int j = 0; j < 8; j++) r[j] += p[(i + j) * stride];              \
      res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7])); \
      for (; i < n; i++) res += p[i * stride];                                \
      return res;                                                             \
    }                                                                         \
    int64_t n2 = n / 2;                                                       \
    n2 -= n2 % 8;                                                             \
    return name(p, n2, stride) + name(p + n2 * stride, n - n2, stride);       \
  }

KR_DEFINE_PAIRWISE_SUM(kr_pairwise_sum_f64, double)
KR_DEFINE_PAIRWISE_SUM(kr_pairwise_sum_f32, float)
