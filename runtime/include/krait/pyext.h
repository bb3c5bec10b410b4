/* krait/pyext.h — what the wrappers of an extension module share: binding
 * Python arguments to parameters with CPython's messages, converting them
 * to C the way a Python caller expects, and turning a pending krait
 * exception into the Python one. Included after <Python.h> by generated
 * extension modules only; executables never see it. */
#ifndef KRAIT_PYEXT_H
#define KRAIT_PYEXT_H

#include <krait/rt.h>

/* The pending krait exception becomes the builtin exception of the same
 * name with the same message; the krait state is cleared. Returns NULL. */
static inline PyObject *kpy_raise(void) {
  KrStr *msg = kr_exc_message();
  PyObject *builtins = PyEval_GetBuiltins(); /* borrowed */
  PyObject *type = builtins ? PyDict_GetItemString(builtins, kr_exc_name((KrExc)kr_err)) : NULL;
  PyObject *text = PyUnicode_FromStringAndSize(msg->data, (Py_ssize_t)msg->len);
  kr_decref(msg);
  kr_err_clear();
  if (!text) return NULL;
  PyErr_SetObject(type && PyExceptionClass_Check(type) ? type : PyExc_RuntimeError, text);
  Py_DECREF(text);
  return NULL;
}

/* Before compiled code runs on this thread: the recursion guard needs the
 * thread's stack floor (threads of the interpreter start without one). */
static inline void kpy_enter(void) {
  if (!kr_stack_floor) kr_thread_stack_init();
}

/* A str global as a Python str (None if it was never bound). */
static inline PyObject *kpy_str(KrStr *s) {
  if (!s) Py_RETURN_NONE;
  return PyUnicode_FromStringAndSize(s->data, (Py_ssize_t)s->len);
}

/* mod.name = value, taking the reference; -1 if value is NULL or on error. */
static inline int kpy_attr(PyObject *mod, const char *name, PyObject *value) {
  if (!value) return -1;
  int rc = PyModule_AddObjectRef(mod, name, value);
  Py_DECREF(value);
  return rc;
}

/* Binds positional and keyword arguments to the n parameters `names` of
 * `fn`: out[i] is a borrowed reference, or NULL when not given. Returns -1
 * with CPython's TypeError for too many, unknown or repeated arguments. */
static inline int kpy_bind(const char *fn, const char *const *names, int n,
                           PyObject *args, PyObject *kw, PyObject **out) {
  Py_ssize_t npos = PyTuple_GET_SIZE(args);
  if (npos > n) {
    PyErr_Format(PyExc_TypeError, "%s() takes %d positional argument%s but %zd %s given",
                 fn, n, n == 1 ? "" : "s", npos, npos == 1 ? "was" : "were");
    return -1;
  }
  for (int i = 0; i < n; i++) out[i] = i < npos ? PyTuple_GET_ITEM(args, i) : NULL;
  if (!kw) return 0;
  PyObject *key, *value;
  Py_ssize_t pos = 0;
  while (PyDict_Next(kw, &pos, &key, &value)) {
    const char *k = PyUnicode_Check(key) ? PyUnicode_AsUTF8(key) : NULL;
    int i = 0;
    while (k && i < n && strcmp(k, names[i])) i++;
    if (!k || i == n) {
      PyErr_Format(PyExc_TypeError, "%s() got an unexpected keyword argument '%S'", fn, key);
      return -1;
    }
    if (out[i]) {
      PyErr_Format(PyExc_TypeError, "%s() got multiple values for argument '%s'", fn, k);
      return -1;
    }
    out[i] = value;
  }
  return 0;
}

static inline int kpy_missing(const char *fn, const char *param) {
  PyErr_Format(PyExc_TypeError, "%s() missing 1 required positional argument: '%s'", fn, param);
  return -1;
}

static inline int kpy_wrong_type(const char *fn, const char *param, const char *want, PyObject *o) {
  PyErr_Format(PyExc_TypeError, "%s() argument '%s' must be %s, got %s", fn, param, want,
               Py_TYPE(o)->tp_name);
  return -1;
}

/* int parameter: int, bool and anything with __index__ (numpy integers);
 * not float, as CPython's own int-taking functions refuse it. */
static inline int kpy_i64(PyObject *o, const char *fn, const char *param, int64_t *v) {
  if (!PyIndex_Check(o)) return kpy_wrong_type(fn, param, "int", o);
  PyObject *i = PyNumber_Index(o);
  if (!i) return -1;
  int overflow = 0;
  long long x = PyLong_AsLongLongAndOverflow(i, &overflow);
  Py_DECREF(i);
  if (overflow) {
    PyErr_Format(PyExc_OverflowError, "%s() argument '%s' does not fit in a 64-bit int", fn, param);
    return -1;
  }
  if (x == -1 && PyErr_Occurred()) return -1;
  *v = (int64_t)x;
  return 0;
}

/* float parameter: float, int (as Python's arithmetic would) and anything
 * with __float__ or __index__ (numpy scalars). */
static inline int kpy_f64(PyObject *o, const char *fn, const char *param, double *v) {
  PyNumberMethods *nb = Py_TYPE(o)->tp_as_number;
  if (!PyFloat_Check(o) && !PyIndex_Check(o) && !(nb && nb->nb_float))
    return kpy_wrong_type(fn, param, "float", o);
  double x = PyFloat_AsDouble(o);
  if (x == -1.0 && PyErr_Occurred()) return -1;
  *v = x;
  return 0;
}

/* bool parameter: bool, int and numpy.bool_, by truth value. */
static inline int kpy_bool(PyObject *o, const char *fn, const char *param, bool *v) {
  if (!PyBool_Check(o) && !PyIndex_Check(o) && strcmp(Py_TYPE(o)->tp_name, "numpy.bool") &&
      strcmp(Py_TYPE(o)->tp_name, "numpy.bool_"))
    return kpy_wrong_type(fn, param, "bool", o);
  int t = PyObject_IsTrue(o);
  if (t < 0) return -1;
  *v = t != 0;
  return 0;
}

/* ---- arrays in: the buffer protocol ---- */

/* The dtype of a buffer's struct-module format ('d', '<i', '=q', 'Zd'), or -1. */
static inline int kpy_format_dtype(const char *f, Py_ssize_t itemsize) {
  if (*f == '@' || *f == '=' || *f == '<') f++;
  if (f[0] == 'Z' && f[1] && !f[2]) return f[1] == 'd' ? KR_DT_C128 : f[1] == 'f' ? KR_DT_C64 : -1;
  if (f[0] == 0 || f[1] != 0) return -1;
  switch (f[0]) {
  case '?': return KR_DT_BOOL;
  case 'b': return KR_DT_I8;
  case 'B': return KR_DT_U8;
  case 'h': return KR_DT_I16;
  case 'H': return KR_DT_U16;
  case 'i': return KR_DT_I32;
  case 'I': return KR_DT_U32;
  case 'l': case 'q': return itemsize == 8 ? KR_DT_I64 : itemsize == 4 ? KR_DT_I32 : -1;
  case 'L': case 'Q': return itemsize == 8 ? KR_DT_U64 : itemsize == 4 ? KR_DT_U32 : -1;
  case 'f': return KR_DT_F32;
  case 'd': return KR_DT_F64;
  default: return -1;
  }
}

/* A buffer owned by a krait array: released (with the GIL) when the
 * array's last reference goes, which may be on any thread. */
static inline void kpy_release_buffer(void *ext) {
  PyGILState_STATE st = PyGILState_Ensure();
  PyBuffer_Release((Py_buffer *)ext);
  PyMem_RawFree(ext);
  PyGILState_Release(st);
}

static inline int kpy_array_mismatch(const char *fn, const char *param, KrDType dt, int ndim,
                                     const char *got) {
  PyErr_Format(PyExc_TypeError, "%s() argument '%s' must be a %s array with %d dimension%s, got %s",
               fn, param, kr_dtype_name(dt), ndim, ndim == 1 ? "" : "s", got);
  return -1;
}

/* Array parameter: any writable buffer (numpy arrays, memoryview,
 * array.array) of dtype dt with ndim dimensions, and a unit last stride
 * when the annotation says ::1. The array shares the buffer's memory. */
static inline int kpy_array(PyObject *o, const char *fn, const char *param, KrDType dt,
                            int ndim, bool contig, KrArray **out) {
  if (!PyObject_CheckBuffer(o)) return kpy_array_mismatch(fn, param, dt, ndim, Py_TYPE(o)->tp_name);
  Py_buffer *view = PyMem_RawMalloc(sizeof *view);
  if (!view) return (PyErr_NoMemory(), -1);
  if (PyObject_GetBuffer(o, view, PyBUF_RECORDS) < 0) {
    PyMem_RawFree(view);
    /* numpy says ValueError, other exporters BufferError: a read-only buffer */
    if (!PyErr_ExceptionMatches(PyExc_BufferError) && !PyErr_ExceptionMatches(PyExc_ValueError))
      return -1;
    PyErr_Clear();
    PyErr_Format(PyExc_ValueError, "%s() argument '%s' must be a writable array, got a read-only %s",
                 fn, param, Py_TYPE(o)->tp_name);
    return -1;
  }
  int got = kpy_format_dtype(view->format ? view->format : "B", view->itemsize);
  const char *why = NULL;
  char desc[128];
  if (got != (int)dt || view->ndim != ndim) {
    snprintf(desc, sizeof desc, "%s array with %d dimension%s",
             got < 0 ? view->format : kr_dtype_name((KrDType)got), view->ndim,
             view->ndim == 1 ? "" : "s");
    why = desc;
  }
  int64_t shape[KR_MAXDIM], strides[KR_MAXDIM];
  for (int i = 0; !why && i < ndim; i++) {
    shape[i] = view->shape[i];
    strides[i] = view->strides[i] / view->itemsize;
    if (view->strides[i] % view->itemsize) why = "an array with unaligned strides";
  }
  if (!why && contig && ndim > 0 && shape[ndim - 1] > 1 && strides[ndim - 1] != 1) {
    PyBuffer_Release(view);
    PyMem_RawFree(view);
    PyErr_Format(PyExc_ValueError, "%s() argument '%s' must be C-contiguous along its last "
                 "axis (::1); pass numpy.ascontiguousarray(%s)", fn, param, param);
    return -1;
  }
  if (why) {
    kpy_array_mismatch(fn, param, dt, ndim, why);
    PyBuffer_Release(view);
    PyMem_RawFree(view);
    return -1;
  }
  kr_array_release_ext = kpy_release_buffer;
  *out = kr_array_foreign(dt, ndim, shape, strides, view->buf, view);
  return 0;
}

/* ---- arrays out: zero copy ---- */

/* The struct-module format of a dtype. */
static inline const char *kpy_dtype_format(int dt) {
  static const char *const f[KR_DT_COUNT] = {
      [KR_DT_BOOL] = "?", [KR_DT_I8] = "b", [KR_DT_I16] = "h", [KR_DT_I32] = "i",
      [KR_DT_I64] = "q", [KR_DT_U8] = "B", [KR_DT_U16] = "H", [KR_DT_U32] = "I",
      [KR_DT_U64] = "Q", [KR_DT_F32] = "f", [KR_DT_F64] = "d", [KR_DT_C64] = "Zf",
      [KR_DT_C128] = "Zd"};
  return f[dt];
}

/* A Python object that owns a krait array and exports it through the
 * buffer protocol; numpy.asarray() of it is an ndarray on the same memory,
 * which keeps the owner (and so the krait buffer) alive as its .base. */
typedef struct {
  PyObject_HEAD
  KrArray *arr;
  Py_ssize_t shape[KR_MAXDIM], strides[KR_MAXDIM]; /* strides in bytes */
} KpyArrayOwner;

static int kpy_owner_getbuffer(PyObject *self, Py_buffer *view, int flags) {
  KpyArrayOwner *o = (KpyArrayOwner *)self;
  KrArray *a = o->arr;
  bool c_contig = true;
  for (int d = a->ndim - 1, want = 1; d >= 0; want *= (int)a->shape[d], d--)
    if (a->shape[d] > 1 && a->strides[d] != want) c_contig = false;
  if (!(flags & PyBUF_STRIDES) && !c_contig) {
    PyErr_SetString(PyExc_BufferError, "krait array is not C-contiguous");
    return -1;
  }
  view->buf = a->data;
  view->obj = Py_NewRef(self);
  view->len = (Py_ssize_t)(a->size * a->itemsize);
  view->readonly = 0;
  view->itemsize = (Py_ssize_t)a->itemsize;
  view->format = (flags & PyBUF_FORMAT) ? (char *)kpy_dtype_format(a->dtype) : NULL;
  view->ndim = a->ndim;
  view->shape = (flags & PyBUF_ND) ? o->shape : NULL;
  view->strides = (flags & PyBUF_STRIDES) ? o->strides : NULL;
  view->suboffsets = NULL;
  view->internal = NULL;
  return 0;
}

static void kpy_owner_dealloc(PyObject *self) {
  KrArray *a = ((KpyArrayOwner *)self)->arr;
  kr_decref(a);
  PyObject_Free(self);
}

static PyBufferProcs kpy_owner_buffer = {kpy_owner_getbuffer, NULL};

static PyTypeObject kpy_owner_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "krait.ArrayOwner",
    .tp_basicsize = sizeof(KpyArrayOwner),
    .tp_dealloc = kpy_owner_dealloc,
    .tp_as_buffer = &kpy_owner_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "memory of an array returned by krait-compiled code",
};

/* An ndarray on a krait array's memory (no copy); takes the reference. */
static inline PyObject *kpy_array_out(KrArray *a) {
  static PyObject *asarray;
  if (!asarray) {
    PyObject *np = PyImport_ImportModule("numpy");
    asarray = np ? PyObject_GetAttrString(np, "asarray") : NULL;
    Py_XDECREF(np);
    if (!asarray || PyType_Ready(&kpy_owner_type) < 0) {
      kr_decref(a);
      return NULL;
    }
  }
  KpyArrayOwner *o = PyObject_New(KpyArrayOwner, &kpy_owner_type);
  if (!o) {
    kr_decref(a);
    return NULL;
  }
  o->arr = a;
  for (int d = 0; d < a->ndim; d++) {
    o->shape[d] = (Py_ssize_t)a->shape[d];
    o->strides[d] = (Py_ssize_t)(a->strides[d] * a->itemsize);
  }
  PyObject *arr = PyObject_CallOneArg(asarray, (PyObject *)o);
  Py_DECREF(o);
  return arr;
}

#endif
