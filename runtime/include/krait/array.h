/* krait/array.h — n-dimensional arrays (numpy's ndarray, typed), included
 * by rt.h. An array is a refcounted descriptor: data pointer, shape and
 * strides (in ELEMENTS, not bytes), and the array that owns the memory.
 * Views (slices, a[i] of a 2-D array, .T, reshape of contiguous data) are
 * new descriptors that hold a reference to the owner; the buffer is freed
 * when the owner's last reference goes.
 *
 * Generated code reads elements directly:
 *   ((double *)a->data)[i * a->strides[0] + j * a->strides[1]]
 * after normalising and checking the indices with kr_array_index. */
#ifndef KRAIT_ARRAY_H
#define KRAIT_ARRAY_H

#define KR_MAXDIM 8

/* numpy dtypes krait compiles, X(NAME, C type, numpy name) */
#define KR_DTYPES(X)                                                           \
  X(BOOL, bool, "bool") X(I8, int8_t, "int8") X(I16, int16_t, "int16")         \
  X(I32, int32_t, "int32") X(I64, int64_t, "int64") X(U8, uint8_t, "uint8")     \
  X(U16, uint16_t, "uint16") X(U32, uint32_t, "uint32")                        \
  X(U64, uint64_t, "uint64") X(F32, float, "float32") X(F64, double, "float64") \
  X(C64, float _Complex, "complex64") X(C128, double _Complex, "complex128")

typedef enum {
#define X(n, c, s) KR_DT_##n,
  KR_DTYPES(X)
#undef X
  KR_DT_COUNT
} KrDType;

typedef struct KrArray {
  KrObj h;                      /* kind KR_OBJ_ARRAY */
  char *data;                   /* the first element */
  int32_t ndim;
  int32_t dtype;                /* KrDType */
  int64_t itemsize;             /* bytes per element */
  int64_t size;                 /* product of shape */
  int64_t shape[KR_MAXDIM];
  int64_t strides[KR_MAXDIM];   /* in elements; may be 0 or negative */
  struct KrArray *base;         /* the owner of the memory, or NULL if this is it */
  void *ext;                    /* a foreign owner (a Python buffer), or NULL */
  bool readonly;
} KrArray;

/* One item of a subscript: a[i], a[lo:hi:step], a[None]. */
enum { KR_SL_INDEX, KR_SL_SLICE, KR_SL_NEWAXIS };
typedef struct KrSlice {
  int32_t kind;                 /* KR_SL_* */
  int32_t flags;                /* KR_SLICE_NO_START | KR_SLICE_NO_STOP (slices) */
  int64_t start, stop, step;    /* INDEX: start is the index */
} KrSlice;
#ifndef KR_SLICE_NO_START
#define KR_SLICE_NO_START 1
#define KR_SLICE_NO_STOP 2
#endif

/* ---- creation (new references, C-contiguous, owning their memory) ---- */
KrArray *kr_array_new(KrDType dt, int32_t ndim, const int64_t *shape);    /* np.empty */
/* A view of foreign memory (strides in elements); `ext` is its owner. */
KrArray *kr_array_foreign(KrDType dt, int32_t ndim, const int64_t *shape,
                          const int64_t *strides, void *data, void *ext);
KrArray *kr_array_zeros(KrDType dt, int32_t ndim, const int64_t *shape);  /* np.zeros */
KrArray *kr_array_copy(KrArray *a);          /* C-contiguous copy (np.copy, a.copy()) */
KrArray *kr_array_astype(KrArray *a, KrDType dt);   /* numpy casting (C conversions; float->int truncates) */
/* np.arange(start, stop, step): length ceil((stop - start) / step) as numpy
 * computes it. Step 0 raises numpy's ZeroDivisionError ('division by zero'
 * for ints, 'float division by zero' for floats); an infinite length raises
 * ValueError('Maximum allowed size exceeded'), a NaN one ValueError('arange:
 * cannot compute length'). */
KrArray *kr_array_arange_i64(int64_t start, int64_t stop, int64_t step);
KrArray *kr_array_arange_f64(double start, double stop, double step);
/* np.linspace(start, stop, num, endpoint=True), bit-exact with numpy. */
KrArray *kr_array_linspace(double start, double stop, int64_t num, bool endpoint);
KrArray *kr_array_eye(int64_t n, KrDType dt);

/* ---- shapes, indices, views ---- */
/* Normalise index i for `axis` (negative wraps) or raise numpy's
 * IndexError('index 10 is out of bounds for axis 0 with size 10'). */
int64_t kr_array_index_fail(KrArray *a, int32_t axis, int64_t i) KR_COLD;
static inline int64_t kr_array_index(KrArray *a, int32_t axis, int64_t i) {
  int64_t n = a->shape[axis];
  if (KR_LIKELY((uint64_t)i < (uint64_t)n)) return i;
  if (i < 0 && i + n >= 0) return i + n;
  return kr_array_index_fail(a, axis, i);
}
/* a[items]: a view (new reference). Index items drop an axis, slices keep
 * it with Python's slice rules, newaxis adds one of size 1; trailing axes
 * not mentioned are kept whole. IndexError as numpy for bad indices,
 * 'too many indices for array: array is 1-dimensional, but 2 were indexed'. */
KrArray *kr_array_getslice(KrArray *a, int32_t nitems, const KrSlice *items);
KrArray *kr_array_transpose(KrArray *a);     /* .T / np.transpose: a view, axes reversed */
/* a.reshape(shape): a view when a is C-contiguous, else a copy; one -1
 * allowed; ValueError 'cannot reshape array of size 6 into shape (4,)'. */
KrArray *kr_array_reshape(KrArray *a, int32_t ndim, const int64_t *shape);
KrArray *kr_array_ravel(KrArray *a);         /* a view when contiguous, else a copy */
bool kr_array_is_contiguous(KrArray *a);     /* C order */
/* An array variable that may hold None (data = None; if rank == 0: data =
 * ...): `data is None`, and the check before any other use. */
static inline bool kr_is_none(const KrArray *a) { return a == NULL; }
static inline void kr_array_not_none(const KrArray *a) {
  if (!a) kr_raise(KR_EXC_TypeError, "'NoneType' object is not an array (the variable holds None)");
}
/* The broadcast shape of `n` operands (right-aligned, numpy rules) into
 * out[ndim]; ValueError('operands could not be broadcast together with
 * shapes (3,) (4,) ') — numpy's exact text — on mismatch. Scalars are not
 * passed. Returns false after raising. */
bool kr_broadcast(int32_t ndim, int64_t *out, int32_t n, KrArray *const *arrs);
/** The same, with numpy's message for an expression given in postfix:
 * 'a' array operand, 's' scalar, 'd' the first array again, '2'/'3' an
 * operation (NULL: none). */
bool kr_broadcast_prog(int32_t ndim, int64_t *out, const char *prog, int32_t n,
                       KrArray *const *arrs);
/* Check that `src` (already broadcast-compatible rank) can be assigned to a
 * destination of shape dst[ndim]: ValueError('could not broadcast input
 * array from shape (3,) into shape (4,)'). */
bool kr_broadcast_to(int32_t ndim, const int64_t *dst, KrArray *src);
/* Do the memory ranges of a and b overlap (conservative: extents)? */
bool kr_array_overlap(KrArray *a, KrArray *b);

/* ---- reductions with numpy's summation order ---- */
/* numpy's pairwise summation (blocks of 128, 8 accumulators) over n
 * elements at p[0], p[stride], ...: np.sum of a 1-D float array. */
double kr_pairwise_sum_f64(const double *p, int64_t n, int64_t stride);
float kr_pairwise_sum_f32(const float *p, int64_t n, int64_t stride);

/* ---- printing, exactly as numpy's default str()/repr() ---- */
void kr_buf_put_array(KrBuf *b, KrArray *a);        /* str(a), print(a) */
void kr_buf_put_array_repr(KrBuf *b, KrArray *a);   /* repr(a): array([...]) */
const char *kr_dtype_name(KrDType dt);               /* "float64" */

/* ---- additions (runtime-internal helpers and hooks) ---- */
int64_t kr_dtype_size(KrDType dt);                   /* bytes per element */
/* Frees a descriptor whose count reached 0 (kr_obj_free calls it): drops
 * the reference to `base`, else releases `ext`, else frees `data`. */
void kr__array_free(KrArray *a);
/* Called with `ext` when an owner of foreign memory is freed (the CPython
 * wrapper sets it to release its buffer); NULL: nothing is called. */
extern void (*kr_array_release_ext)(void *ext);
/* Shapes as numpy's C messages write them ('(2,3)', '(4,)') and as a
 * Python tuple ('(2, 3)'). */
void kr__shape_c_string(KrBuf *b, int32_t n, const int64_t *v);
void kr__shape_py_string(KrBuf *b, int32_t n, const int64_t *v);

#endif
