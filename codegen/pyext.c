/* codegen/pyext.c — the CPython face of an extension module: PyInit_<mod>,
 * which runs the module's top-level code, and one wrapper per exported
 * function. A wrapper binds and converts the arguments as a Python caller
 * expects, calls the compiled function with the GIL released, and turns a
 * pending krait exception into the Python exception of the same name and
 * message. Conversions and messages live in runtime/include/krait/pyext.h.
 *
 * So far: parameters of type int, float, bool (constant defaults allowed)
 * and numpy arrays of real dtypes (through the buffer protocol, sharing
 * memory); results of type int, float, bool or None. Functions with other
 * signatures are not exported yet. */
#include "codegen.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* The KrDType of an array element type, or NULL (complex: not yet). */
static const char *dtype_name(Type *t) {
  return t->kind == TY_C64 || t->kind == TY_C128 ? NULL : cg_dtype_const(t);
}

/* How a parameter type crosses from Python: the C type and the converter
 * of krait/pyext.h; NULL when not supported yet. */
static const char *conv(Type *t, const char **ctype) {
  switch (t->kind) {
  case TY_I64: *ctype = "int64_t"; return "kpy_i64";
  case TY_F64: *ctype = "double"; return "kpy_f64";
  case TY_BOOL: *ctype = "bool"; return "kpy_bool";
  case TY_ARRAY: *ctype = "KrArray *"; return dtype_name(t->elem) ? "kpy_array" : NULL;
  default: return NULL;
  }
}

/* A default value as a C constant, or false if it is not one we can write. */
static bool default_value(StrBuf *b, AstNode *d) {
  bool neg = false;
  if (d->kind == AST_UNARY && d->as.un.op == UOP_NEG) {
    neg = true;
    d = d->as.un.operand;
  }
  switch (d->kind) {
  case AST_INT:
    if (neg && d->as.i == INT64_MIN) return false;
    sb_printf(b, "INT64_C(%lld)", (long long)(neg ? -d->as.i : d->as.i));
    return true;
  case AST_FLOAT:
    if (!isfinite(d->as.f)) return false;
    sb_printf(b, "%.17g", neg ? -d->as.f : d->as.f);
    return true;
  case AST_BOOL:
    if (neg) return false;
    sb_puts(b, d->as.i ? "true" : "false");
    return true;
  default: return false;
  }
}

static bool ret_supported(Type *t) {
  return t->kind == TY_NONE || t->kind == TY_I64 || t->kind == TY_F64 || t->kind == TY_BOOL ||
         (t->kind == TY_ARRAY && dtype_name(t->elem));
}

bool cg_pyext_exportable(IrFunc *fn) {
  if (!fn->exported || fn->is_init || !ret_supported(fn->ret)) return false;
  StrBuf scratch = {0};
  bool ok = true;
  for (int i = 0; i < fn->nparams && ok; i++) {
    const char *ct = NULL;
    ok = conv(fn->params[i]->type, &ct) &&
         (!fn->defaults[i] || default_value(&scratch, fn->defaults[i]));
  }
  sb_free(&scratch);
  return ok;
}

static void wrapper(StrBuf *out, IrFunc *fn) {
  int n = fn->nparams;
  sb_printf(out, "static PyObject *kpy_%s(PyObject *self, PyObject *args, PyObject *kw) {\n",
            fn->name);
  sb_puts(out, "  static const char *const names[] = {");
  for (int i = 0; i < n; i++) sb_printf(out, "%s\"%s\"", i ? ", " : "", fn->params[i]->name);
  sb_printf(out, "%s};\n  PyObject *arg[%d];\n", n ? "" : "NULL", n ? n : 1);
  for (int i = 0; i < n; i++) {
    const char *ct = NULL;
    conv(fn->params[i]->type, &ct);
    sb_printf(out, "  %s p%d%s;\n", ct, i, fn->params[i]->type->kind == TY_ARRAY ? " = NULL" : "");
  }
  sb_printf(out, "  PyObject *res = NULL;\n  (void)self;\n"
                 "  if (kpy_bind(\"%s\", names, %d, args, kw, arg) < 0) return NULL;\n", fn->name, n);
  for (int i = 0; i < n; i++) {
    Type *t = fn->params[i]->type;
    const char *ct = NULL, *f = conv(t, &ct), *pn = fn->params[i]->name;
    char extra[96] = "";
    if (t->kind == TY_ARRAY)
      snprintf(extra, sizeof extra, ", %s, %d, %s", dtype_name(t->elem), t->ndim,
               t->contig ? "true" : "false");
    if (fn->defaults[i]) {
      sb_printf(out, "  if (!arg[%d]) p%d = ", i, i);
      default_value(out, fn->defaults[i]);
      sb_printf(out, ";\n  else if (%s(arg[%d], \"%s\", \"%s\"%s, &p%d) < 0) goto fail;\n",
                f, i, fn->name, pn, extra, i);
    } else {
      sb_printf(out, "  if (!arg[%d] ? kpy_missing(\"%s\", \"%s\") : %s(arg[%d], \"%s\", \"%s\"%s, &p%d))\n"
                     "    goto fail;\n", i, fn->name, pn, f, i, fn->name, pn, extra, i);
    }
  }
  const char *rt = fn->ret->kind == TY_I64 ? "int64_t" : fn->ret->kind == TY_F64 ? "double"
                 : fn->ret->kind == TY_BOOL ? "bool" : fn->ret->kind == TY_ARRAY ? "KrArray *" : NULL;
  if (rt) sb_printf(out, "  %s r;\n", rt);
  sb_puts(out, "  kpy_enter();\n  Py_BEGIN_ALLOW_THREADS\n  ");
  if (rt) sb_puts(out, "r = ");
  sb_printf(out, "%s(", fn->cname);
  for (int i = 0; i < n; i++) sb_printf(out, "%sp%d", i ? ", " : "", i);
  sb_puts(out, ");\n  fflush(stdout); /* print() output before Python's own */\n");
  sb_puts(out, "  Py_END_ALLOW_THREADS\n");
  sb_puts(out, "  if (kr_err_occurred()) {\n    kpy_raise();\n    goto fail;\n  }\n");
  switch (fn->ret->kind) {
  case TY_I64: sb_puts(out, "  res = PyLong_FromLongLong(r);\n"); break;
  case TY_F64: sb_puts(out, "  res = PyFloat_FromDouble(r);\n"); break;
  case TY_BOOL: sb_puts(out, "  res = PyBool_FromLong(r);\n"); break;
  case TY_ARRAY: sb_puts(out, "  res = kpy_array_out(r); /* takes r */\n"); break;
  default: sb_puts(out, "  res = Py_NewRef(Py_None);\n"); break;
  }
  sb_puts(out, "fail:\n");
  for (int i = 0; i < n; i++)
    if (fn->params[i]->type->kind == TY_ARRAY) sb_printf(out, "  kr_decref(p%d);\n", i);
  sb_puts(out, "  return res;\n");
  sb_puts(out, "}\n\n");
}

/* The docstring CPython reads a signature from: "f(x, k=2)\n--\n\n" and
 * then the function's own docstring. It gives __text_signature__, so
 * inspect.signature() and help() show the parameters. Defaults are written
 * as they appear in the source. */
static void doc_with_signature(StrBuf *out, IrModule *m, IrFunc *fn) {
  StrBuf d = {0};
  sb_printf(&d, "%s(", fn->name);
  for (int i = 0; i < fn->nparams; i++) {
    sb_printf(&d, "%s%s", i ? ", " : "", fn->params[i]->name);
    AstNode *dv = fn->defaults[i];
    if (dv && m->src && dv->span.end <= m->src->len)
      sb_printf(&d, "=%.*s", (int)(dv->span.end - dv->span.start), m->src->text + dv->span.start);
  }
  sb_puts(&d, ")\n--\n\n");
  if (fn->doc) sb_puts(&d, fn->doc);
  cg_c_string(out, d.p, (int64_t)d.len);
  sb_free(&d);
}

void cg_pyext(StrBuf *out, IrModule *m, const char *attrs) {
  for (int i = 0; i < m->funcs.len; i++)
    if (cg_pyext_exportable(m->funcs.data[i])) wrapper(out, m->funcs.data[i]);
  sb_puts(out, "static PyMethodDef kpy_methods[] = {\n");
  for (int i = 0; i < m->funcs.len; i++) {
    IrFunc *fn = m->funcs.data[i];
    if (!cg_pyext_exportable(fn)) continue;
    sb_printf(out, "  {\"%s\", (PyCFunction)(void (*)(void))kpy_%s, METH_VARARGS | METH_KEYWORDS, ",
              fn->name, fn->name);
    doc_with_signature(out, m, fn);
    sb_puts(out, "},\n");
  }
  sb_puts(out, "  {NULL, NULL, 0, NULL},\n};\n\n");
  sb_printf(out, "static struct PyModuleDef kpy_module = {\n"
                 "  PyModuleDef_HEAD_INIT, \"%s\", NULL, -1, kpy_methods, NULL, NULL, NULL, NULL,\n"
                 "};\n\n", m->name);
  sb_printf(out, "PyMODINIT_FUNC PyInit_%s(void) {\n", m->name);
  sb_puts(out, "  kr_init_module();\n  kpy_enter();\n");
  if (m->init && m->init->cname) sb_printf(out, "  %s();\n  fflush(stdout);\n", m->init->cname);
  sb_puts(out, "  if (kr_err_occurred()) return kpy_raise();\n");
  sb_puts(out, "  PyObject *mod = PyModule_Create(&kpy_module);\n");
  sb_puts(out, "  if (!mod) return NULL;\n");
  sb_puts(out, attrs);
  sb_puts(out, "  return mod;\n");
  if (*attrs) sb_puts(out, "fail:\n  Py_DECREF(mod);\n  return NULL;\n");
  sb_puts(out, "}\n");
}
