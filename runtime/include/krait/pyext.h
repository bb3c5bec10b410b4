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

#endif
