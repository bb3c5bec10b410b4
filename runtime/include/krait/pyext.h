/* krait/pyext.h — what the wrappers of an extension module share: binding
 * Python arguments to parameters with CPython's messages, converting them
 * to C the way a Python caller expects, and turning a pending krait
 * exception into the Python one. Included after <Python.h> by generated
 * extension modules only; executables never see it. */
#ifndef KRAIT_PYEXT_H
#define KRAIT_PYEXT_H

#include <krait/rt.h>

/* The wrappers, the converters and their helpers run once per call around
 * the compiled function, whose loops do the work: they are compiled at -O1
 * (KPY_GLUE) and the larger helpers once per module, not inlined into every
 * wrapper (KPY_HELPER). The kernels keep -O3, and GCC does not inline them
 * into a function with other optimisation options. Measured on a 100-line
 * module: the glue took 40% of the C compiler's time at -O3. */
#if defined(__GNUC__) && !defined(__clang__)
#define KPY_GLUE __attribute__((optimize("O1")))
#else
#define KPY_GLUE
#endif
#define KPY_HELPER static KPY_GLUE __attribute__((noinline, unused))

/* The pending krait exception becomes the builtin exception of the same
 * name with the same message; the krait state is cleared. Returns NULL. */
KPY_HELPER PyObject *kpy_raise(void) {
  int64_t status;
  if (kr_exit_status(&status)) { /* sys.exit(n): SystemExit(n), as in Python */
    kr_err_clear();
    PyObject *code = PyLong_FromLongLong(status);
    if (code) PyErr_SetObject(PyExc_SystemExit, code);
    Py_XDECREF(code);
    return NULL;
  }
  KrStr *msg = kr_exc_message();
  PyObject *builtins = PyEval_GetBuiltins(); /* borrowed */
  PyObject *type = builtins ? PyDict_GetItemString(builtins, kr_exc_name((KrExc)kr_err)) : NULL;
  PyObject *text = PyUnicode_FromStringAndSize(msg->data, (Py_ssize_t)msg->len);
  bool key = kr_err == KR_EXC_KeyError && msg->len, noargs = !msg->len;
  kr_decref(msg);
  kr_err_clear();
  if (!text) return NULL;
  if (key) { /* the message is repr(key): KeyError gets the key back */
    PyObject *ast = PyImport_ImportModule("ast");
    PyObject *k = ast ? PyObject_CallMethod(ast, "literal_eval", "O", text) : NULL;
    Py_XDECREF(ast);
    if (k) Py_SETREF(text, k);
    else PyErr_Clear();
  }
  if (!type || !PyExceptionClass_Check(type)) type = PyExc_RuntimeError;
  /* E() without a message, else E(value): a tuple value stays one argument */
  PyObject *exc = noargs ? PyObject_CallNoArgs(type) : PyObject_CallOneArg(type, text);
  Py_DECREF(text);
  if (exc) {
    PyErr_SetObject(type, exc);
    Py_DECREF(exc);
  }
  return NULL;
}

/* Before compiled code runs on this thread: the recursion guard needs the
 * thread's stack floor (threads of the interpreter start without one). */
static inline void kpy_enter(void) {
  if (!kr_stack_floor) kr_thread_stack_init();
}

/* sys.argv for compiled code: the interpreter's, as it is at import. */
KPY_HELPER void kpy_init_argv(void) {
  PyObject *argv = PySys_GetObject("argv"); /* borrowed */
  if (!argv || !PyList_Check(argv)) return;
  for (Py_ssize_t i = 0; i < PyList_GET_SIZE(argv); i++) {
    Py_ssize_t n;
    const char *p = PyUnicode_Check(PyList_GET_ITEM(argv, i))
                        ? PyUnicode_AsUTF8AndSize(PyList_GET_ITEM(argv, i), &n) : NULL;
    if (!p) {
      PyErr_Clear();
      continue;
    }
    KrStr *s = kr_str_new(p, (int64_t)n);
    kr_list_append(kr_argv, &s);
    kr_decref(s);
  }
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

/* The argument (or item inside one) a converter refused: see kpy_from_i64. */
static PyObject *kpy_bad; /* borrowed, only until the message is written (GIL held) */
static char kpy_bad_what[96]; /* if set: what kpy_bad is, for the message */

/* Binds positional and keyword arguments to the n parameters `names` of
 * `fn`, of which the first `required` have no default: out[i] is a
 * borrowed reference, or NULL when not given (a default applies). Returns
 * -1 with CPython's TypeError for too many, unknown, repeated or missing
 * arguments. */
KPY_HELPER int kpy_bind(const char *fn, const char *const *names, int n, int required,
                           PyObject *args, PyObject *kw, PyObject **out) {
  Py_ssize_t npos = PyTuple_GET_SIZE(args);
  if (npos > n) {
    if (required == n)
      PyErr_Format(PyExc_TypeError, "%s() takes %d positional argument%s but %zd %s given", fn,
                   n, n == 1 ? "" : "s", npos, npos == 1 ? "was" : "were");
    else
      PyErr_Format(PyExc_TypeError, "%s() takes from %d to %d positional arguments but %zd %s "
                   "given", fn, required, n, npos, npos == 1 ? "was" : "were");
    return -1;
  }
  for (int i = 0; i < n; i++) out[i] = i < npos ? PyTuple_GET_ITEM(args, i) : NULL;
  PyObject *key, *value;
  Py_ssize_t pos = 0;
  while (kw && PyDict_Next(kw, &pos, &key, &value)) {
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
  /* CPython names every missing one: 'a', 'a' and 'b', 'a', 'b', and 'c' */
  int missing = 0;
  for (int i = 0; i < required; i++) missing += !out[i];
  if (!missing) return 0;
  char list[512] = "";
  size_t len = 0;
  for (int i = 0, k = 0; i < required; i++) {
    if (out[i]) continue;
    k++;
    const char *sep = k == 1 ? "" : missing == 2 ? " and " : k == missing ? ", and " : ", ";
    len += (size_t)snprintf(list + len, len < sizeof list ? sizeof list - len : 0, "%s'%s'", sep,
                            names[i]);
    if (len >= sizeof list) break;
  }
  PyErr_Format(PyExc_TypeError, "%s() missing %d required positional argument%s: %s", fn, missing,
               missing == 1 ? "" : "s", list);
  return -1;
}

/* An overload that does not fit the arguments: the sentinel that tells the
 * dispatcher to try the next one (any error on the way is dropped). */
static PyObject kpy_no_match_obj;
#define KPY_NO_MATCH (&kpy_no_match_obj)
static inline PyObject *kpy_no_match(void) {
  PyErr_Clear();
  kpy_bad = NULL;
  kpy_bad_what[0] = 0;
  return KPY_NO_MATCH;
}

/* No overload fitted: a TypeError listing the signatures that exist. */
KPY_HELPER PyObject *kpy_no_overload(const char *fn, const char *sigs, PyObject *args,
                                        PyObject *kw) {
  PyObject *got = PyUnicode_FromString("");
  Py_ssize_t n = PyTuple_GET_SIZE(args);
  for (Py_ssize_t i = 0; got && i < n; i++)
    Py_SETREF(got, PyUnicode_FromFormat("%U%s%s", got, i ? ", " : "",
                                        Py_TYPE(PyTuple_GET_ITEM(args, i))->tp_name));
  PyObject *key, *value;
  Py_ssize_t pos = 0;
  while (got && kw && PyDict_Next(kw, &pos, &key, &value))
    Py_SETREF(got, PyUnicode_FromFormat("%U%s%S=%s", got, PyUnicode_GET_LENGTH(got) ? ", " : "",
                                        key, Py_TYPE(value)->tp_name));
  if (got)
    PyErr_Format(PyExc_TypeError, "%s() arguments (%U) match none of its exported signatures:\n%s",
                 fn, got, sigs);
  Py_XDECREF(got);
  return NULL;
}

/* ---- values in ----
 * kpy_from_T(o, &v) converts one Python object to a C value of type T:
 * 0 done, KPY_BAD_TYPE or KPY_BAD_LEN when o, or an item inside it, is not
 * of the expected type (kpy_bad is that object; no Python error is set, so
 * an overloaded function can try its next signature), KPY_TOO_BIG for an
 * int beyond 64 bits, -1 with a Python error set. The converters of lists
 * and tuples are generated per type (codegen/pyext.c) from these. */
enum { KPY_BAD_TYPE = 1, KPY_BAD_LEN = 2, KPY_TOO_BIG = 3 };

static inline int kpy_mismatch(PyObject *o, int why) {
  kpy_bad = o;
  return why;
}

/* int: int, bool and anything with __index__ (numpy integers); not float,
 * as CPython's own int-taking functions refuse it. */
KPY_HELPER int kpy_from_i64(PyObject *o, int64_t *v) {
  if (!PyIndex_Check(o)) return kpy_mismatch(o, KPY_BAD_TYPE);
  PyObject *i = PyNumber_Index(o);
  if (!i) return -1;
  int overflow = 0;
  long long x = PyLong_AsLongLongAndOverflow(i, &overflow);
  Py_DECREF(i);
  if (overflow) return kpy_mismatch(o, KPY_TOO_BIG);
  if (x == -1 && PyErr_Occurred()) return -1;
  *v = (int64_t)x;
  return 0;
}

/* float: float, int (as Python's arithmetic would) and anything with
 * __float__ or __index__ (numpy scalars). */
static inline int kpy_from_f64(PyObject *o, double *v) {
  PyNumberMethods *nb = Py_TYPE(o)->tp_as_number;
  if (PyComplex_Check(o) || (!PyFloat_Check(o) && !PyIndex_Check(o) && !(nb && nb->nb_float)))
    return kpy_mismatch(o, KPY_BAD_TYPE);
  double x = PyFloat_AsDouble(o);
  if (x == -1.0 && PyErr_Occurred()) return -1;
  *v = x;
  return 0;
}

/* complex: complex, float, int and numpy scalars (__complex__, __float__). */
KPY_HELPER int kpy_from_c128(PyObject *o, double _Complex *v) {
  PyNumberMethods *nb = Py_TYPE(o)->tp_as_number;
  if (!PyComplex_Check(o) && !PyFloat_Check(o) && !PyIndex_Check(o) && !(nb && nb->nb_float) &&
      !PyObject_HasAttrString(o, "__complex__"))
    return kpy_mismatch(o, KPY_BAD_TYPE);
  Py_complex c = PyComplex_AsCComplex(o);
  if (c.real == -1.0 && PyErr_Occurred()) return -1;
  __real__ *v = c.real;
  __imag__ *v = c.imag;
  return 0;
}

/* bool: bool, int and numpy.bool_, by truth value. */
static inline int kpy_from_bool(PyObject *o, bool *v) {
  if (!PyBool_Check(o) && !PyIndex_Check(o) && strcmp(Py_TYPE(o)->tp_name, "numpy.bool") &&
      strcmp(Py_TYPE(o)->tp_name, "numpy.bool_"))
    return kpy_mismatch(o, KPY_BAD_TYPE);
  int t = PyObject_IsTrue(o);
  if (t < 0) return -1;
  *v = t != 0;
  return 0;
}

/* str: a new krait string holding the UTF-8 text. */
static inline int kpy_from_str(PyObject *o, KrStr **v) {
  if (!PyUnicode_Check(o)) return kpy_mismatch(o, KPY_BAD_TYPE);
  Py_ssize_t n;
  const char *p = PyUnicode_AsUTF8AndSize(o, &n);
  if (!p) return -1;
  *v = kr_str_new(p, (int64_t)n);
  return 0;
}

/* After a converter failed on argument `o` of parameter `param`: sets the
 * TypeError (or OverflowError) that names the function, the parameter, the
 * expected type and what was passed. Returns -1. */
KPY_HELPER int kpy_arg_error(int rc, const char *fn, const char *param, const char *want,
                                PyObject *o) {
  if (rc < 0) return -1;
  PyObject *bad = kpy_bad ? kpy_bad : o;
  const char *what = kpy_bad_what[0] ? kpy_bad_what : Py_TYPE(bad)->tp_name;
  kpy_bad = NULL;
  const char *inner = bad == o ? "" : " containing ";
  const char *outer = bad == o ? "" : Py_TYPE(o)->tp_name;
  if (rc == KPY_TOO_BIG)
    PyErr_Format(PyExc_OverflowError, "%s() argument '%s' %s an int that does not fit in 64 bits",
                 fn, param, bad == o ? "is" : "holds");
  else if (rc == KPY_BAD_LEN)
    PyErr_Format(PyExc_TypeError, "%s() argument '%s' must be %s, got %s%s%s of length %zd", fn,
                 param, want, outer, inner, Py_TYPE(bad)->tp_name, PyObject_Length(bad));
  else
    PyErr_Format(PyExc_TypeError, "%s() argument '%s' must be %s, got %s%s%s", fn, param, want,
                 outer, inner, what);
  kpy_bad_what[0] = 0;
  return -1;
}

/* ---- values out: new references ---- */

static inline PyObject *kpy_to_i64(int64_t v) { return PyLong_FromLongLong(v); }
static inline PyObject *kpy_to_f64(double v) { return PyFloat_FromDouble(v); }
static inline PyObject *kpy_to_bool(bool v) { return PyBool_FromLong(v); }
static inline PyObject *kpy_to_c128(double _Complex v) {
  return PyComplex_FromDoubles(__real__ v, __imag__ v);
}
static inline PyObject *kpy_to_str(KrStr *s) { return kpy_str(s); }

/* ---- lists back: a list parameter's mutations reach the caller ----
 * After the call, the caller's list is made to hold the krait list's items
 * (kpy_sync_list_T, generated): an item that still converts to the same
 * value is left alone, so a function that only reads its list changes
 * nothing (not even an int in a list[float] becomes a float); inner lists
 * are synced in place. kpy_same_T(o, &v): does o convert to exactly v? */
static inline bool kpy_same_i64(PyObject *o, const int64_t *v) {
  int64_t x;
  int rc = kpy_from_i64(o, &x);
  if (rc) return kpy_no_match(), false;
  return x == *v;
}
static inline bool kpy_same_f64(PyObject *o, const double *v) {
  double x;
  if (kpy_from_f64(o, &x)) return kpy_no_match(), false;
  return !memcmp(&x, v, sizeof x); /* bitwise: -0.0 and NaNs too */
}
static inline bool kpy_same_c128(PyObject *o, const double _Complex *v) {
  double _Complex x;
  if (kpy_from_c128(o, &x)) return kpy_no_match(), false;
  return !memcmp(&x, v, sizeof x);
}
static inline bool kpy_same_bool(PyObject *o, const bool *v) {
  bool x;
  if (kpy_from_bool(o, &x)) return kpy_no_match(), false;
  return x == *v;
}
static inline bool kpy_same_str(PyObject *o, KrStr *const *v) {
  Py_ssize_t n;
  const char *p = PyUnicode_Check(o) ? PyUnicode_AsUTF8AndSize(o, &n) : NULL;
  if (!p) return kpy_no_match(), false;
  return *v && n == (*v)->len && !memcmp(p, (*v)->data, (size_t)n);
}

/* Item i of list o becomes x (taken); appended when i is past the end. */
static inline int kpy_list_put(PyObject *o, int64_t i, PyObject *x) {
  if (!x) return -1;
  if (i < PyList_GET_SIZE(o)) return PyList_SetItem(o, (Py_ssize_t)i, x);
  int rc = PyList_Append(o, x);
  Py_DECREF(x);
  return rc;
}

/* Drops the items of o from index n on. */
static inline int kpy_list_truncate(PyObject *o, int64_t n) {
  return PyList_GET_SIZE(o) > n ? PyList_SetSlice(o, (Py_ssize_t)n, PY_SSIZE_T_MAX, NULL) : 0;
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
KPY_HELPER void kpy_release_buffer(void *ext) {
  PyGILState_STATE st = PyGILState_Ensure();
  PyBuffer_Release((Py_buffer *)ext);
  PyMem_RawFree(ext);
  PyGILState_Release(st);
}

/* Array parameter: any writable buffer (numpy arrays, memoryview,
 * array.array) of dtype dt with ndim dimensions, and a unit last stride
 * when the annotation says ::1. The array shares the buffer's memory.
 * Returns like the kpy_from_ converters; a read-only buffer for a
 * parameter the function may write (`writes`), or a strided one for a ::1
 * parameter, is a ValueError naming fn and param. */
KPY_HELPER int kpy_array(PyObject *o, const char *fn, const char *param, KrDType dt,
                            int ndim, bool contig, bool writes, KrArray **out) {
  if (!PyObject_CheckBuffer(o)) return kpy_mismatch(o, KPY_BAD_TYPE);
  Py_buffer *view = PyMem_RawMalloc(sizeof *view);
  if (!view) return (PyErr_NoMemory(), -1);
  int got_buffer = PyObject_GetBuffer(o, view, PyBUF_RECORDS);
  if (got_buffer < 0 && !writes && (PyErr_ExceptionMatches(PyExc_BufferError) ||
                                    PyErr_ExceptionMatches(PyExc_ValueError))) {
    PyErr_Clear(); /* only read: a read-only buffer will do */
    got_buffer = PyObject_GetBuffer(o, view, PyBUF_RECORDS_RO);
  }
  if (got_buffer < 0) {
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
  int rc = 0;
  if (got != (int)dt || view->ndim != ndim) {
    snprintf(kpy_bad_what, sizeof kpy_bad_what, "%s array with %d dimension%s",
             got < 0 ? view->format : kr_dtype_name((KrDType)got), view->ndim,
             view->ndim == 1 ? "" : "s");
    rc = kpy_mismatch(o, KPY_BAD_TYPE);
  }
  int64_t shape[KR_MAXDIM], strides[KR_MAXDIM];
  for (int i = 0; !rc && i < ndim; i++) {
    shape[i] = view->shape[i];
    strides[i] = view->strides[i] / view->itemsize;
    if (view->strides[i] % view->itemsize) {
      snprintf(kpy_bad_what, sizeof kpy_bad_what, "an array with unaligned strides");
      rc = kpy_mismatch(o, KPY_BAD_TYPE);
    }
  }
  if (!rc && contig && ndim > 0 && shape[ndim - 1] > 1 && strides[ndim - 1] != 1) {
    PyErr_Format(PyExc_ValueError, "%s() argument '%s' must be C-contiguous along its last "
                 "axis (::1); pass numpy.ascontiguousarray(%s)", fn, param, param);
    rc = -1;
  }
  if (rc) {
    PyBuffer_Release(view);
    PyMem_RawFree(view);
    return rc;
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
KPY_HELPER PyObject *kpy_array_out(KrArray *a) {
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

/* An ndarray on a krait array's memory; borrows the array. */
static inline PyObject *kpy_to_array(KrArray *a) {
  kr_incref(a);
  return kpy_array_out(a);
}

#endif
