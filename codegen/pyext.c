/* codegen/pyext.c — the CPython face of an extension module: PyInit_<mod>,
 * which runs the module's top-level code, and one method per exported
 * name. A method tries the signatures exported under that name in order
 * (one, unless a `#pythran export` list gives overloads); each binds and
 * converts the arguments as a Python caller expects, calls the compiled
 * function with the GIL released, and turns a pending krait exception into
 * the Python exception of the same name and message.
 *
 * Values cross through converters: kpy_from_T (Python -> C) and kpy_to_T
 * (C -> Python). Those of scalars, str and arrays are in
 * runtime/include/krait/pyext.h; those of lists and tuples are generated
 * here, once per type, from the converters of their items.
 *
 * Parameters: int, float, bool, complex, str, lists and tuples of those
 * (nested), and numpy arrays (any buffer) of every dtype, which share the
 * caller's memory. A list is converted on entry and its final items are
 * written back into the caller's list, so mutations are seen as in Python.
 * Results: the same, None, and arrays anywhere inside. */
#include "codegen.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* ---- which types cross ---- */

static bool scalar_kind(TypeKind k) {
  return k == TY_I64 || k == TY_F64 || k == TY_BOOL || k == TY_C128 || k == TY_STR;
}

/* A value of type t can come from Python (`top`: as a whole parameter,
 * where arrays are allowed too; not inside a list or tuple). */
static bool param_ok(Type *t, bool top) {
  if (scalar_kind(t->kind)) return true;
  switch (t->kind) {
  case TY_ARRAY: return top && cg_dtype_const(t->elem);
  case TY_COMM: return top;   /* an mpi4py communicator */
  case TY_LIST: return param_ok(t->elem, false);
  case TY_TUPLE:
    for (int i = 0; i < t->nelts; i++)
      if (!param_ok(t->elts[i], false)) return false;
    return t->nelts > 0;
  default: return false;
  }
}

/* A value of type t can go to Python (None only as a whole result). */
static bool result_ok(Type *t, bool top) {
  if (scalar_kind(t->kind)) return true;
  switch (t->kind) {
  case TY_NONE: return top;
  case TY_ARRAY: return cg_dtype_const(t->elem) != NULL;
  case TY_LIST: return result_ok(t->elem, false);
  case TY_TUPLE:
    for (int i = 0; i < t->nelts; i++)
      if (!result_ok(t->elts[i], false)) return false;
    return true;
  default: return false;
  }
}

/* A default value as a C constant, or false if it is not one we can write. */
static bool default_value(StrBuf *b, AstNode *d, Type *t) {
  bool neg = false;
  if (d->kind == AST_UNARY && d->as.un.op == UOP_NEG) {
    neg = true;
    d = d->as.un.operand;
  }
  switch (d->kind) {
  case AST_INT:
    if (neg && d->as.i == INT64_MIN) return false;
    sb_printf(b, t->kind == TY_I64 ? "INT64_C(%lld)" : "%lld.0", (long long)(neg ? -d->as.i : d->as.i));
    return t->kind == TY_I64 || t->kind == TY_F64 || t->kind == TY_C128;
  case AST_FLOAT:
    if (!isfinite(d->as.f)) return false;
    sb_printf(b, "%.17g", neg ? -d->as.f : d->as.f);
    return t->kind == TY_F64 || t->kind == TY_C128;
  case AST_BOOL:
    if (neg) return false;
    sb_puts(b, d->as.i ? "true" : "false");
    return t->kind == TY_BOOL;
  default: return false;
  }
}

bool cg_pyext_exportable(IrFunc *fn) {
  if (!fn->exported || fn->is_init || !result_ok(fn->ret, true)) return false;
  StrBuf scratch = {0};
  bool ok = true;
  for (int i = 0; i < fn->nparams && ok; i++) {
    Type *t = fn->params[i]->type;
    ok = param_ok(t, true) && (!fn->defaults[i] || default_value(&scratch, fn->defaults[i], t));
  }
  sb_free(&scratch);
  return ok;
}

/* ---- which array parameters the function may write ----
 * An array the function only reads may come from a read-only buffer. A
 * parameter counts as written when an element of it is stored to, or when
 * it goes anywhere it could be written from: an argument of a user
 * function, of a runtime function with effects (fill, ...) or returning a
 * view, an item of a list or tuple, or a copy into another variable. */
typedef struct Writes {
  IrVar *names[64];   /* the parameter, and variables copied from it */
  int n;
  bool written, grew;
} Writes;

static bool is_name(Writes *w, IrNode *e) {
  for (int i = 0; e->kind == IR_VAR && i < w->n; i++)
    if (w->names[i] == e->as.var) return true;
  return false;
}

/* Runtime functions whose result shares the array's memory (a view). */
static bool aliases(Intrinsic id) {
  return id == IN_ARRAY_SLICE || id == IN_ARRAY_TRANSPOSE || id == IN_ARRAY_RESHAPE ||
         id == IN_ARRAY_RAVEL || id == IN_ARRAY_AS;
}

static void uses_visit(IrNode *n, void *arg) {
  Writes *w = arg;
  if (w->written) return;
  bool passes = n->kind == IR_CALL || n->kind == IR_LIST || n->kind == IR_TUPLE ||
                (n->kind == IR_INTRIN && ((ir_intrinsic_info(n->as.intrin.id)->flags & IRF_EFFECT) ||
                                          aliases(n->as.intrin.id)));
  if (passes) {
    IrNode **a = n->kind == IR_CALL ? n->as.call.args
               : n->kind == IR_INTRIN ? n->as.intrin.args : n->as.list.elts;
    int na = n->kind == IR_CALL ? n->as.call.nargs
           : n->kind == IR_INTRIN ? n->as.intrin.nargs : n->as.list.n;
    for (int i = 0; i < na; i++)
      if (is_name(w, a[i])) w->written = true;
  }
  ir_each_operand(n, uses_visit, arg);
}

static void writes_in(IrList *b, Writes *w) {
  for (int i = 0; i < b->len && !w->written; i++) {
    IrNode *s = b->data[i];
    IrNode *e[4] = {NULL, NULL, NULL, NULL};
    switch (s->kind) {
    case IR_ASSIGN: {
      IrNode *d = s->as.assign.dst, *src = s->as.assign.src;
      if (d->kind == IR_INDEX && is_name(w, d->as.index.base)) w->written = true;
      if (is_name(w, src) && d->kind == IR_VAR && !is_name(w, d)) {   /* a second name */
        if (w->n == 64) w->written = true;
        else w->names[w->n++] = d->as.var, w->grew = true;
      }
      e[0] = d->kind == IR_VAR ? NULL : d, e[1] = src;
      break;
    }
    case IR_EXPR: case IR_RETURN: e[0] = s->as.expr; break;
    case IR_IF: e[0] = s->as.if_.cond; writes_in(&s->as.if_.then, w); writes_in(&s->as.if_.orelse, w); break;
    case IR_LOOP: case IR_PARLOOP:
      e[0] = s->as.loop.lo, e[1] = s->as.loop.hi, e[2] = s->as.loop.step;
      writes_in(&s->as.loop.body, w);
      break;
    case IR_WHILE: e[0] = s->as.while_.cond; writes_in(&s->as.while_.body, w); break;
    case IR_RAISE: e[0] = s->as.raise.msg; break;
    case IR_PRINT:
      for (int k = 0; k < s->as.fmt.n && !w->written; k++)
        if (s->as.fmt.pieces[k].value) uses_visit(s->as.fmt.pieces[k].value, w);
      break;
    default: break;
    }
    for (int k = 0; k < 4; k++)
      if (e[k]) uses_visit(e[k], w);
  }
}

static bool may_write(IrFunc *fn, IrVar *v) {
  Writes w = {.names = {v}, .n = 1, .grew = true};
  while (w.grew && !w.written) {   /* names found late may be used early (loops) */
    w.grew = false;
    writes_in(&fn->body, &w);
  }
  return w.written;
}

/* ---- converters ---- */

static const char *from_fn(Cg *g, Type *t);
static const char *to_fn(Cg *g, Type *t);

/* "T *" for a C type T, written "KrList **" rather than "KrList * *". */
static const char *ptr(Cg *g, const char *ct) {
  StrBuf b = {0};
  sb_printf(&b, "%s%s*", ct, ct[strlen(ct) - 1] == '*' ? "" : " ");
  const char *s = arena_strndup(&cg_ctx(g)->scratch, b.p, b.len);
  sb_free(&b);
  return s;
}

static const char *name(Cg *g, const char *fmt, const char *tn) {
  StrBuf b = {0};
  sb_printf(&b, fmt, tn);
  const char *s = arena_strndup(&cg_ctx(g)->scratch, b.p, b.len);
  sb_free(&b);
  return s;
}

/* int kpy_from_list_T(PyObject *o, KrList **out): a new krait list of the
 * converted items; only a list (or subclass) is accepted, as for a Python
 * function annotated list[T]. */
static void gen_from_list(Cg *g, const char *fname, Type *t) {
  Type *e = t->elem;
  const char *ct = cg_ctype(g, e), *item = from_fn(g, e);
  StrBuf b = {0};
  sb_printf(&b, "KPY_GLUE static int %s(PyObject *o, KrList **out) {\n", fname);
  sb_puts(&b, "  if (!PyList_Check(o)) return kpy_mismatch(o, KPY_BAD_TYPE);\n");
  sb_printf(&b, "  KrList *l = kr_list_new(sizeof(%s), %s, PyList_GET_SIZE(o));\n", ct,
            type_is_managed(e) ? "true" : "false");
  if (e->kind == TY_TUPLE && type_is_managed(e))
    sb_printf(&b, "  kr_list_set_ops(l, &%s);\n", cg_tuple_ops(g, e));
  sb_puts(&b, "  for (Py_ssize_t i = 0; i < PyList_GET_SIZE(o); i++) { /* items may change it */\n"
              "    kr_list_grow(l, i + 1);\n"
              "    PyObject *item = Py_NewRef(PyList_GET_ITEM(o, i));\n");
  sb_printf(&b, "    int rc = %s(item, (%s)kr_list_at(l, i));\n", item, ptr(g, ct));
  sb_puts(&b, "    Py_DECREF(item);\n"
              "    if (rc) {\n"
              "      kr_decref(l);\n"
              "      return rc;\n"
              "    }\n"
              "    l->len++;\n"
              "  }\n"
              "  *out = l;\n"
              "  return 0;\n"
              "}\n");
  cg_add_helper(g, &b);
}

/* int kpy_from_tupN(PyObject *o, kp_tupN *out): a tuple of the right length. */
static void gen_from_tuple(Cg *g, const char *fname, Type *t) {
  const char *ct = cg_ctype(g, t);
  const char *fns[64];
  for (int i = 0; i < t->nelts && i < 64; i++) fns[i] = from_fn(g, t->elts[i]);
  StrBuf b = {0};
  sb_printf(&b, "KPY_GLUE static int %s(PyObject *o, %s *out) {\n", fname, ct);
  sb_puts(&b, "  if (!PyTuple_Check(o)) return kpy_mismatch(o, KPY_BAD_TYPE);\n");
  sb_printf(&b, "  if (PyTuple_GET_SIZE(o) != %d) return kpy_mismatch(o, KPY_BAD_LEN);\n", t->nelts);
  sb_printf(&b, "  %s v = {0};\n  int rc;\n  if (", ct);
  for (int i = 0; i < t->nelts; i++)
    sb_printf(&b, "%s(rc = %s(PyTuple_GET_ITEM(o, %d), &v.f%d))", i ? " ||\n      " : "", fns[i],
              i, i);
  sb_puts(&b, ") {\n");
  if (type_is_managed(t)) sb_printf(&b, "    %s(v);\n", cg_release_fn(g, t));
  sb_puts(&b, "    return rc;\n  }\n  *out = v;\n  return 0;\n}\n");
  cg_add_helper(g, &b);
}

static const char *from_fn(Cg *g, Type *t) {
  switch (t->kind) {
  case TY_I64: return "kpy_from_i64";
  case TY_F64: return "kpy_from_f64";
  case TY_BOOL: return "kpy_from_bool";
  case TY_C128: return "kpy_from_c128";
  case TY_STR: return "kpy_from_str";
  case TY_COMM: return "kpy_from_comm";
  default: break;
  }
  const char *fname = name(g, "kpy_from_%s", cg_tname(g, t));
  if (cg_helper_once(g, fname)) {
    if (t->kind == TY_LIST) gen_from_list(g, fname, t);
    else gen_from_tuple(g, fname, t);
  }
  return fname;
}

/* PyObject *kpy_to_list_T(KrList *l): a new Python list (l is borrowed). */
static void gen_to_list(Cg *g, const char *fname, Type *t) {
  const char *ct = cg_ctype(g, t->elem), *item = to_fn(g, t->elem);
  StrBuf b = {0};
  sb_printf(&b, "KPY_GLUE static PyObject *%s(KrList *l) {\n", fname);
  sb_puts(&b, "  PyObject *o = PyList_New((Py_ssize_t)l->len);\n"
              "  for (int64_t i = 0; o && i < l->len; i++) {\n");
  sb_printf(&b, "    PyObject *x = %s(((%s)l->data)[i]);\n", item, ptr(g, ct));
  sb_puts(&b, "    if (!x) Py_CLEAR(o);\n"
              "    else PyList_SET_ITEM(o, (Py_ssize_t)i, x);\n"
              "  }\n"
              "  return o;\n"
              "}\n");
  cg_add_helper(g, &b);
}

/* PyObject *kpy_to_tupN(kp_tupN v): a new Python tuple (v is borrowed). */
static void gen_to_tuple(Cg *g, const char *fname, Type *t) {
  const char *fns[64];
  for (int i = 0; i < t->nelts && i < 64; i++) fns[i] = to_fn(g, t->elts[i]);
  StrBuf b = {0};
  sb_printf(&b, "KPY_GLUE static PyObject *%s(%s v) {\n", fname, cg_ctype(g, t));
  sb_printf(&b, "  PyObject *o = PyTuple_New(%d), *x;\n  if (!o) return NULL;\n", t->nelts);
  for (int i = 0; i < t->nelts; i++)
    sb_printf(&b, "  if (!(x = %s(v.f%d))) goto fail;\n  PyTuple_SET_ITEM(o, %d, x);\n", fns[i], i,
              i);
  sb_puts(&b, "  return o;\nfail:\n  Py_DECREF(o);\n  return NULL;\n}\n");
  cg_add_helper(g, &b);
}

static const char *to_fn(Cg *g, Type *t) {
  switch (t->kind) {
  case TY_I64: return "kpy_to_i64";
  case TY_F64: return "kpy_to_f64";
  case TY_BOOL: return "kpy_to_bool";
  case TY_C128: return "kpy_to_c128";
  case TY_STR: return "kpy_to_str";
  case TY_ARRAY: return "kpy_to_array";
  default: break;
  }
  const char *fname = name(g, "kpy_to_%s", cg_tname(g, t));
  if (cg_helper_once(g, fname)) {
    if (t->kind == TY_LIST) gen_to_list(g, fname, t);
    else gen_to_tuple(g, fname, t);
  }
  return fname;
}

/* bool kpy_same_T(PyObject *o, const T *v): does o convert to exactly v? */
static const char *same_fn(Cg *g, Type *t);

static void gen_same(Cg *g, const char *fname, Type *t) {
  const char *ct = cg_ctype(g, t);
  StrBuf b = {0};
  if (t->kind == TY_LIST) {
    const char *et = cg_ctype(g, t->elem), *item = same_fn(g, t->elem);
    sb_printf(&b, "KPY_GLUE static bool %s(PyObject *o, %s const *v) {\n", fname, ct);
    sb_puts(&b, "  if (!PyList_Check(o) || PyList_GET_SIZE(o) != (*v)->len) return false;\n"
                "  for (int64_t i = 0; i < (*v)->len; i++)\n");
    sb_printf(&b, "    if (!%s(PyList_GET_ITEM(o, i), (%s)kr_list_at(*v, i))) return false;\n",
              item, ptr(g, et));
    sb_puts(&b, "  return true;\n}\n");
  } else {
    const char *fns[64];
    for (int i = 0; i < t->nelts && i < 64; i++) fns[i] = same_fn(g, t->elts[i]);
    sb_printf(&b, "KPY_GLUE static bool %s(PyObject *o, const %s *v) {\n", fname, ct);
    sb_printf(&b, "  return PyTuple_Check(o) && PyTuple_GET_SIZE(o) == %d", t->nelts);
    for (int i = 0; i < t->nelts; i++)
      sb_printf(&b, " &&\n         %s(PyTuple_GET_ITEM(o, %d), &v->f%d)", fns[i], i, i);
    sb_puts(&b, ";\n}\n");
  }
  cg_add_helper(g, &b);
}

static const char *same_fn(Cg *g, Type *t) {
  switch (t->kind) {
  case TY_I64: return "kpy_same_i64";
  case TY_F64: return "kpy_same_f64";
  case TY_BOOL: return "kpy_same_bool";
  case TY_C128: return "kpy_same_c128";
  case TY_STR: return "kpy_same_str";
  default: break;
  }
  const char *fname = name(g, "kpy_same_%s", cg_tname(g, t));
  if (cg_helper_once(g, fname)) gen_same(g, fname, t);
  return fname;
}

/* int kpy_sync_list_T(PyObject *o, KrList *l): the caller's list o gets
 * l's items; unchanged items stay, inner lists are synced in place. */
static const char *sync_fn(Cg *g, Type *t) {
  const char *fname = name(g, "kpy_sync_%s", cg_tname(g, t));
  if (!cg_helper_once(g, fname)) return fname;
  Type *e = t->elem;
  const char *et = cg_ctype(g, e);
  StrBuf b = {0};
  sb_printf(&b, "KPY_GLUE static int %s(PyObject *o, KrList *l) {\n", fname);
  sb_puts(&b, "  for (int64_t i = 0; i < l->len; i++) {\n");
  sb_printf(&b, "    %se = (%s)kr_list_at(l, i);\n", ptr(g, et), ptr(g, et));
  sb_puts(&b, "    PyObject *item = i < PyList_GET_SIZE(o) ? PyList_GET_ITEM(o, i) : NULL;\n");
  if (e->kind == TY_LIST)
    sb_printf(&b, "    if (item && PyList_Check(item)) {\n"
                  "      if (%s(item, *e) < 0) return -1;\n"
                  "      continue;\n"
                  "    }\n", sync_fn(g, e));
  else
    sb_printf(&b, "    if (item && %s(item, e)) continue;\n", same_fn(g, e));
  sb_printf(&b, "    if (kpy_list_put(o, i, %s(*e)) < 0) return -1;\n", to_fn(g, e));
  sb_puts(&b, "  }\n  return kpy_list_truncate(o, l->len);\n}\n");
  cg_add_helper(g, &b);
  return fname;
}

/* What a parameter wants, for messages: "float", "list[int]", "a float64
 * array with 2 dimensions". */
static void want_text(Cg *g, StrBuf *b, Type *t) {
  if (t->kind == TY_ARRAY) {
    const char *dt = cg_dtype_const(t->elem) + strlen("KR_DT_"); /* F64 -> float64 */
    const char *kind = *dt == 'F' ? "float" : *dt == 'C' ? "complex" : *dt == 'I' ? "int"
                     : *dt == 'U' ? "uint" : "bool";
    sb_printf(b, "a %s%s", kind, strcmp(kind, "bool") ? dt + 1 : "");
    sb_printf(b, " array with %d dimension%s", t->ndim, t->ndim == 1 ? "" : "s");
  } else if (t->kind == TY_COMM) {
    sb_puts(b, "an mpi4py communicator (MPI.Comm)");
  } else {
    sb_puts(b, type_name(cg_ctx(g), t));
  }
}

/* ---- one signature ---- */

/* static PyObject *kpy_<cname>(PyObject *args, PyObject *kw, bool overloaded):
 * binds, converts, calls. Returns the result, or NULL with the Python
 * error set; when `overloaded`, arguments that do not fit give
 * KPY_NO_MATCH instead, so that the next signature is tried. */
static void signature_impl(Cg *g, StrBuf *out, IrFunc *fn) {
  int n = fn->nparams, required = 0;
  while (required < n && !fn->defaults[required]) required++;
  sb_printf(out, "KPY_GLUE static PyObject *kpy_%s(PyObject *args, PyObject *kw, bool overloaded) {\n",
            fn->cname);
  sb_puts(out, "  static const char *const names[] = {");
  for (int i = 0; i < n; i++) sb_printf(out, "%s\"%s\"", i ? ", " : "", fn->params[i]->name);
  sb_puts(out, n ? "};\n" : "NULL};\n");
  sb_puts(out, "  static const char *const wants[] = {");
  for (int i = 0; i < n; i++) {
    StrBuf w = {0};
    want_text(g, &w, fn->params[i]->type);
    sb_printf(out, "%s\"%s\"", i ? ", " : "", w.p);
    sb_free(&w);
  }
  sb_puts(out, n ? "};\n" : "NULL};\n");
  sb_printf(out, "  PyObject *arg[%d], *res = NULL;\n", n ? n : 1);
  if (cg_uses_mpi(g)) sb_puts(out, "  if (!kpy_mpi_ready()) return NULL;\n");
  for (int i = 0; i < n; i++) {
    Type *t = fn->params[i]->type;
    const char *ct = cg_ctype(g, t);
    sb_printf(out, "  %s%sp%d = ", ct, ct[strlen(ct) - 1] == '*' ? "" : " ", i);
    if (fn->defaults[i]) default_value(out, fn->defaults[i], t);
    else sb_puts(out, t->kind == TY_TUPLE ? "{0}" : type_is_managed(t) ? "NULL" : "0");
    sb_puts(out, ";\n");
  }
  sb_printf(out, "  int rc = 0, at = 0;\n"
                 "  if ((rc = kpy_bind(\"%s\", names, %d, %d, args, kw, arg)) < 0) goto fail;\n",
            fn->name, n, required);
  for (int i = 0; i < n; i++) {
    Type *t = fn->params[i]->type;
    sb_printf(out, "  at = %d;\n  if (", i);
    if (fn->defaults[i]) sb_printf(out, "arg[%d] && ", i);
    if (t->kind == TY_ARRAY)
      sb_printf(out, "(rc = kpy_array(arg[%d], \"%s\", names[%d], %s, %d, %s, %s, &p%d))", i,
                fn->name, i, cg_dtype_const(t->elem), t->ndim, t->contig ? "true" : "false",
                may_write(fn, fn->params[i]) ? "true" : "false", i);
    else
      sb_printf(out, "(rc = %s(arg[%d], &p%d))", from_fn(g, t), i, i);
    sb_puts(out, ")\n    goto fail;\n");
  }
  Type *rt = fn->ret;
  if (rt->kind != TY_NONE) {
    const char *ct = cg_ctype(g, rt);
    sb_printf(out, "  %s%sr;\n", ct, ct[strlen(ct) - 1] == '*' ? "" : " ");
  }
  sb_puts(out, "  kpy_enter();\n  Py_BEGIN_ALLOW_THREADS\n  ");
  if (rt->kind != TY_NONE) sb_puts(out, "r = ");
  sb_printf(out, "%s(", fn->cname);
  for (int i = 0; i < n; i++) sb_printf(out, "%sp%d", i ? ", " : "", i);
  sb_puts(out, ");\n  fflush(stdout); /* print() output before Python's own */\n");
  sb_puts(out, "  Py_END_ALLOW_THREADS\n");
  /* lists: the caller's list gets the final items, also when fn raised */
  bool lists = false;
  for (int i = 0; i < n; i++)
    if (fn->params[i]->type->kind == TY_LIST) {
      sb_printf(out, "%s%s(arg[%d], p%d) < 0", lists ? " ||\n              " : "  bool lost = ",
                sync_fn(g, fn->params[i]->type), i, i);
      lists = true;
    }
  if (lists) sb_puts(out, ";\n  if (lost) kr_err_clear(); /* the Python error wins */\n  else ");
  else sb_puts(out, "  ");
  sb_puts(out, "if (kr_err_occurred()) kpy_raise();\n");
  if (rt->kind == TY_NONE) {
    sb_puts(out, "  else res = Py_NewRef(Py_None);\n");
  } else {
    sb_puts(out, "  else ");
    /* a list or array parameter returned comes back as the same object */
    for (int i = 0; i < n; i++)
      if ((rt->kind == TY_LIST || rt->kind == TY_ARRAY) && fn->params[i]->type == rt)
        sb_printf(out, "if (r == p%d)\n    res = Py_NewRef(arg[%d]);\n  else ", i, i);
    sb_printf(out, "res = %s(r);\n", to_fn(g, rt));
    if (type_is_managed(rt)) sb_printf(out, "  %s(r);\n", cg_release_fn(g, rt));
  }
  sb_puts(out, "fail:\n"
               "  if (rc && overloaded) res = kpy_no_match();\n"
               "  else if (rc > 0) kpy_arg_error(rc, \"");
  sb_printf(out, "%s\", names[at], wants[at], arg[at]);\n", fn->name);
  for (int i = 0; i < n; i++) {
    Type *t = fn->params[i]->type;
    if (type_is_managed(t)) sb_printf(out, "  %s(p%d);\n", cg_release_fn(g, t), i);
  }
  sb_puts(out, "  return res;\n}\n\n");
}

/* "f(x, k=2)": parameter names, and defaults as written in the source. */
static void signature_text(Ctx *cx, StrBuf *d, IrModule *m, IrFunc *fn, bool types) {
  sb_printf(d, "%s(", fn->name);
  for (int i = 0; i < fn->nparams; i++) {
    sb_printf(d, "%s%s", i ? ", " : "", fn->params[i]->name);
    if (types) sb_printf(d, ": %s", type_name(cx, fn->params[i]->type));
    AstNode *dv = fn->defaults[i];
    if (dv && m->src && dv->span.end <= m->src->len)
      sb_printf(d, "%s%.*s", types ? " = " : "=", (int)(dv->span.end - dv->span.start),
                m->src->text + dv->span.start);
  }
  sb_putc(d, ')');
}

/* ---- one exported name ---- */

typedef struct Export {
  const char *name;
  IrFunc *fns[16]; /* its signatures, in the order they are tried */
  int n;
} Export;

/* The docstring: with one signature, "f(x, k=2)\n--\n\n" and then the
 * function's own docstring, which CPython turns into __text_signature__
 * (so inspect.signature() and help() show the parameters); with overloads,
 * one typed line per signature. */
static void docstring(Ctx *cx, StrBuf *out, IrModule *m, Export *x) {
  StrBuf d = {0};
  for (int k = 0; k < x->n; k++) {
    signature_text(cx, &d, m, x->fns[k], x->n > 1);
    sb_putc(&d, '\n');
  }
  sb_puts(&d, x->n > 1 ? "\n" : "--\n\n");
  if (x->fns[0]->doc) sb_puts(&d, x->fns[0]->doc);
  cg_c_string(out, d.p, (int64_t)d.len);
  sb_free(&d);
}

static void method(Ctx *cx, StrBuf *out, IrModule *m, Export *x) {
  sb_printf(out, "KPY_GLUE static PyObject *kpy_m_%s(PyObject *self, PyObject *args, PyObject *kw) {\n",
            x->name);
  sb_puts(out, "  (void)self;\n");
  if (x->n == 1) {
    sb_printf(out, "  return kpy_%s(args, kw, false);\n}\n\n", x->fns[0]->cname);
    return;
  }
  sb_puts(out, "  PyObject *res;\n");
  for (int k = 0; k < x->n; k++)
    sb_printf(out, "  if ((res = kpy_%s(args, kw, true)) != KPY_NO_MATCH) return res;\n",
              x->fns[k]->cname);
  StrBuf sigs = {0};
  for (int k = 0; k < x->n; k++) {
    sb_puts(&sigs, "    ");
    signature_text(cx, &sigs, m, x->fns[k], true);
    if (k + 1 < x->n) sb_putc(&sigs, '\n');
  }
  sb_printf(out, "  return kpy_no_overload(\"%s\", ", x->name);
  cg_c_string(out, sigs.p, (int64_t)sigs.len);
  sb_puts(out, ", args, kw);\n}\n\n");
  sb_free(&sigs);
}

void cg_pyext(Cg *g, StrBuf *out, IrModule *m, const char *attrs) {
  Vec(Export *) exports = {0};
  Arena *a = &cg_ctx(g)->scratch;
  for (int i = 0; i < m->funcs.len; i++) {
    IrFunc *fn = m->funcs.data[i];
    if (!cg_pyext_exportable(fn)) continue;
    signature_impl(g, out, fn);
    Export *x = NULL;
    for (int k = 0; k < exports.len && !x; k++)
      if (!strcmp(exports.data[k]->name, fn->name)) x = exports.data[k];
    if (!x) {
      x = NEW(a, Export);
      x->name = fn->name;
      vec_push(a, &exports, x);
    }
    if (x->n < 16) x->fns[x->n++] = fn;
  }
  for (int k = 0; k < exports.len; k++) method(cg_ctx(g), out, m, exports.data[k]);
  sb_puts(out, "static PyMethodDef kpy_methods[] = {\n");
  for (int k = 0; k < exports.len; k++) {
    Export *x = exports.data[k];
    sb_printf(out, "  {\"%s\", (PyCFunction)(void (*)(void))kpy_m_%s, METH_VARARGS | METH_KEYWORDS, ",
              x->name, x->name);
    docstring(cg_ctx(g), out, m, x);
    sb_puts(out, "},\n");
  }
  sb_puts(out, "  {NULL, NULL, 0, NULL},\n};\n\n");
  sb_printf(out, "static struct PyModuleDef kpy_module = {\n"
                 "  PyModuleDef_HEAD_INIT, \"%s\", NULL, -1, kpy_methods, NULL, NULL, NULL, NULL,\n"
                 "};\n\n", m->name);
  sb_printf(out, "PyMODINIT_FUNC PyInit_%s(void) {\n", m->name);
  if (cg_uses_mpi(g))   /* before the module's code, which may call MPI */
    sb_printf(out, "  if (kpy_mpi_import(\"%s\") < 0) return NULL;\n", m->name);
  sb_puts(out, "  kr_init_module();\n  kpy_init_argv();\n  kpy_enter();\n");
  if (m->init && m->init->cname) sb_printf(out, "  %s();\n  fflush(stdout);\n", m->init->cname);
  sb_puts(out, "  if (kr_err_occurred()) return kpy_raise();\n");
  sb_puts(out, "  PyObject *mod = PyModule_Create(&kpy_module);\n");
  sb_puts(out, "  if (!mod) return NULL;\n");
  sb_puts(out, attrs);
  sb_puts(out, "  return mod;\n");
  if (*attrs) sb_puts(out, "fail:\n  Py_DECREF(mod);\n  return NULL;\n");
  sb_puts(out, "}\n");
}
