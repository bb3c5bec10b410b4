/* frontend/infer_np.c — types of numpy code: creation functions, ufuncs,
 * reductions, array methods and attributes, subscripts, and element-wise
 * operators with numpy's dtype promotion and broadcasting of ranks.
 *
 * Python scalars (int, float, complex, bool) are "weak" as in numpy 2
 * (NEP 50): `i32_array + 1` stays int32, `f32_array * 2.0` stays float32,
 * `int_array * 0.5` becomes float64. Shapes are checked at run time; only
 * the number of dimensions is static. */
#include <string.h>

#include "infer_impl.h"

static Type *T(TypeKind k) { return type_prim(k); }

static bool is_intlike(Type *t) { return type_is_int(t) || t->kind == TY_BOOL; }

bool np_same_kind(Type *from, Type *to) {
  if (from == to || from->kind == TY_BOOL) return true;
  if (type_is_complex(to)) return type_is_numeric(from);
  if (type_is_float(to)) return !type_is_complex(from);
  if (type_is_int(to)) return type_is_int(from);
  return false;
}

/* The dtype and rank of an element-wise operation over `args` (arrays and
 * scalars); `dtype` forces the result dtype (comparisons: bool). */
Type *np_elementwise(Infer *I, Span sp, Type **args, int n, Type *dtype) {
  Type *arr = NULL, *weak = NULL;
  int ndim = 0;
  for (int i = 0; i < n; i++) {
    Type *t = args[i];
    if (t->kind == TY_ARRAY) {
      arr = arr ? type_promote(arr, t->elem) : t->elem;
      if (t->ndim > ndim) ndim = t->ndim;
    } else if (type_is_numeric(t)) {
      weak = weak ? type_promote(weak, t) : t;
    } else {
      diag_error(I->cx, sp, "'%s' cannot take part in an array expression", inf_tn(I, t));
      return NULL;
    }
  }
  Type *dt = arr ? (weak ? type_promote_weak(arr, weak) : arr) : weak;
  if (dtype) dt = dtype;
  return ndim ? type_array(I->cx, dt, ndim, false) : dt;
}

/* a @ b / np.dot: 1-D and 2-D operands, numpy's result ranks. */
static Type *matmul_type(Infer *I, AstNode *n, Type *a, Type *b, const char *what) {
  if (a->kind != TY_ARRAY || b->kind != TY_ARRAY || a->ndim > 2 || b->ndim > 2) {
    diag_error(I->cx, n->span, "%s of '%s' and '%s' is not supported", what, inf_tn(I, a),
               inf_tn(I, b));
    diag_hint(I->cx, "matrix products take 1-D and 2-D arrays");
    return NULL;
  }
  Type *dt = type_promote(a->elem, b->elem);
  if (dt->kind == TY_BOOL) dt = T(TY_BOOL);
  if (type_is_complex(dt)) {
    diag_error(I->cx, n->span, "%s of complex arrays is not supported yet", what);
    return NULL;
  }
  int nd = (a->ndim == 2) + (b->ndim == 2);
  return nd ? type_array(I->cx, dt, nd, false) : dt;
}

Type *np_binop(Infer *I, AstNode *n, BinOp op, Type *a, Type *b) {
  if (op == OP_MATMUL) return matmul_type(I, n, a, b, "'@'");
  Type *args[2] = {a, b};
  Type *r = np_elementwise(I, n->span, args, 2, NULL);
  if (!r) return NULL;
  Type *dt = r->kind == TY_ARRAY ? r->elem : r;
  switch (op) {
  case OP_DIV:
    if (is_intlike(dt)) dt = T(TY_F64);
    break;
  case OP_FLOORDIV: case OP_MOD:
    if (type_is_complex(dt)) goto bad;
    break;
  case OP_LSHIFT: case OP_RSHIFT: case OP_BITAND: case OP_BITOR: case OP_BITXOR:
    if (!is_intlike(dt)) goto bad;
    break;
  case OP_ADD: case OP_SUB: case OP_MUL: case OP_POW:
    if (dt->kind == TY_BOOL && op != OP_ADD && op != OP_MUL) dt = T(TY_I8);
    break;
  case OP_MATMUL: case OP_NBINOPS:
    goto bad;
  }
  return r->kind == TY_ARRAY ? type_array(I->cx, dt, r->ndim, false) : dt;
bad:
  diag_error(I->cx, n->span, "unsupported operand type(s) for %s: '%s' and '%s'",
             binop_names[op], inf_tn(I, a), inf_tn(I, b));
  if (op == OP_MATMUL) diag_hint(I->cx, "'@' is not supported yet; write the loops");
  return NULL;
}

/* ---- dtype= and shape arguments ---- */

/* A dtype written as np.float64, float, "int32", ... */
static Type *dtype_of(Infer *I, AstNode *e) {
  const char *name = NULL;
  if (e->kind == AST_NAME) name = e->as.name.id;
  else if (e->kind == AST_ATTR) name = e->as.attr.name;
  else if (e->kind == AST_STR) name = e->as.str.s;
  Type *t = name ? inf_dtype_name(I, name) : NULL;
  if (!t || !type_is_numeric(t)) {
    diag_error(I->cx, e->span, "unsupported dtype");
    diag_hint(I->cx, "use a numpy dtype such as np.float64, np.int32 or float, int, bool");
    return NULL;
  }
  e->type = T(TY_NONE);
  return t;
}

/* Keyword arguments of numpy calls: dtype= is typed here; the others
 * (num=, endpoint=, ...) are listed in `allowed` and typed as values. */
static bool np_kws(Infer *I, AstNode *n, CallInfo *ci, const char *allowed) {
  for (int k = 0; k < n->as.call.nkws; k++) {
    Keyword *kw = &n->as.call.kws[k];
    if (!strcmp(kw->name, "dtype") && strstr(allowed, "dtype,")) {
      if (!(ci->dtype = dtype_of(I, kw->value))) return false;
      continue;
    }
    size_t len = strlen(kw->name);
    const char *p = strstr(allowed, kw->name);
    if (!p || p[len] != ',' || (p != allowed && p[-1] != ',')) {
      diag_error(I->cx, kw->span, "unexpected keyword argument '%s'", kw->name);
      if (!strcmp(kw->name, "axis"))
        diag_hint(I->cx, "reductions along an axis are not supported yet; write the loop");
      return false;
    }
    if (!inf_value(I, kw->value)) return false;
  }
  return true;
}

/* The number of dimensions a shape argument gives: an int, or a tuple of
 * ints (a literal or a value such as a.shape). */
static int shape_ndim(Infer *I, AstNode *e) {
  Type *t = inf_value(I, e);
  if (!t) return 0;
  if (type_is_int(t)) return 1;
  if (t->kind == TY_TUPLE && t->nelts >= 1 && t->nelts <= 8) {
    for (int i = 0; i < t->nelts; i++)
      if (!type_is_int(t->elts[i])) goto bad;
    return t->nelts;
  }
bad:
  diag_error(I->cx, e->span, "a shape must be an int or a tuple of ints, not '%s'",
             inf_tn(I, t));
  return 0;
}

static Type *array_arg(Infer *I, AstNode *e, const char *fname) {
  Type *t = inf_value(I, e);
  if (t && t->kind != TY_ARRAY) {
    diag_error(I->cx, e->span, "%s() needs an array here, not '%s'", fname, inf_tn(I, t));
    return NULL;
  }
  return t;
}

static Type *numeric_or_array(Infer *I, AstNode *e) {
  Type *t = inf_value(I, e);
  if (t && t->kind != TY_ARRAY && !type_is_numeric(t)) {
    diag_error(I->cx, e->span, "expected a number or an array, not '%s'", inf_tn(I, t));
    return NULL;
  }
  return t;
}

/* The dtype of np.array(list literal) and its rank. */
static Type *array_from_list(Infer *I, AstNode *e, CallInfo *ci) {
  Type *t = inf_value(I, e);
  if (!t) return NULL;
  int ndim = 0;
  while (t->kind == TY_LIST) t = t->elem, ndim++;
  if (!ndim || !type_is_numeric(t)) {
    diag_error(I->cx, e->span, "np.array() needs a (nested) list of numbers");
    return NULL;
  }
  return type_array(I->cx, ci->dtype ? ci->dtype : t, ndim, false);
}

/* ---- numpy functions ---- */

static Type *np_create(Infer *I, AstNode *n, CallInfo *ci, Builtin b) {
  const char *name = builtin_names[b] + 6;
  bool full = b == B_NP_FULL;
  if (!np_kws(I, n, ci, "dtype,") || !inf_want_args(I, n, name, 1 + full, 1 + full)) return NULL;
  int nd = shape_ndim(I, ci->args[0]);
  if (!nd) return NULL;
  Type *dt = ci->dtype;
  if (full) {
    Type *v = inf_value(I, ci->args[1]);
    if (!v || !type_is_numeric(v)) return NULL;
    if (!dt) dt = v;
  }
  return type_array(I->cx, dt ? dt : T(TY_F64), nd, false);
}

static Type *np_like(Infer *I, AstNode *n, CallInfo *ci, Builtin b) {
  const char *name = builtin_names[b] + 6;
  bool full = b == B_NP_FULL_LIKE;
  if (!np_kws(I, n, ci, "dtype,") || !inf_want_args(I, n, name, 1 + full, 1 + full)) return NULL;
  Type *a = array_arg(I, ci->args[0], name);
  if (!a) return NULL;
  if (full && !numeric_or_array(I, ci->args[1])) return NULL;
  return type_array(I->cx, ci->dtype ? ci->dtype : a->elem, a->ndim, false);
}

static Type *np_range(Infer *I, AstNode *n, CallInfo *ci, Builtin b) {
  if (b == B_NP_LINSPACE) {
    if (!np_kws(I, n, ci, "num,endpoint,dtype,") || !inf_want_args(I, n, "linspace", 2, 3))
      return NULL;
  } else if (!np_kws(I, n, ci, "dtype,") || !inf_want_args(I, n, "arange", 1, 3)) {
    return NULL;
  }
  bool all_int = true;
  for (int i = 0; i < ci->nargs; i++) {
    Type *t = inf_value(I, ci->args[i]);
    if (!t || !type_is_numeric(t) || type_is_complex(t)) {
      if (t) diag_error(I->cx, ci->args[i]->span, "expected a real number");
      return NULL;
    }
    all_int &= is_intlike(t);
  }
  Type *dt = ci->dtype ? ci->dtype : (b == B_NP_ARANGE && all_int) ? T(TY_I64) : T(TY_F64);
  return type_array(I->cx, dt, 1, false);
}

/* The result dtype of a reduction over an array of dtype t (numpy: small
 * ints and bools sum in int64, mean in float64). */
static Type *reduce_dtype(Builtin b, Type *t) {
  switch (b) {
  case B_NP_ARGMIN: case B_NP_ARGMAX:
    return T(TY_I64);
  case B_NP_STD: case B_NP_VAR:
    return t->kind == TY_F32 ? t : T(TY_F64);
  case B_NP_SUM: case B_NP_PROD: case B_NP_CUMSUM: case B_NP_CUMPROD:
    if (t->kind == TY_BOOL || type_is_signed(t)) return T(TY_I64);
    if (type_is_int(t)) return T(TY_U64);
    return t;
  case B_NP_MEAN:
    return is_intlike(t) ? T(TY_F64) : t;
  case B_NP_ANY: case B_NP_ALL:
    return T(TY_BOOL);
  default:
    return t;
  }
}

/* axis=k of a reduction: a constant, normalised against the rank. */
static bool axis_kw(Infer *I, AstNode *n, CallInfo *ci, int ndim) {
  for (int k = 0; k < n->as.call.nkws; k++) {
    Keyword *kw = &n->as.call.kws[k];
    if (strcmp(kw->name, "axis")) continue;
    AstNode *v = kw->value;
    bool neg = v->kind == AST_UNARY && v->as.un.op == UOP_NEG && v->as.un.operand->kind == AST_INT;
    if (v->kind != AST_INT && !neg) {
      diag_error(I->cx, v->span, "axis= must be an integer constant");
      return false;
    }
    int64_t ax = neg ? -v->as.un.operand->as.i : v->as.i;
    if (ax < -ndim || ax >= ndim) {
      diag_error(I->cx, v->span, "axis %lld is out of bounds for array of dimension %d",
                 (long long)ax, ndim);
      return false;
    }
    inf_value(I, v);
    ci->axis = (int)(ax < 0 ? ax + ndim : ax);
  }
  return true;
}

/* The type of reduction b over `t` (an array or a scalar), with ci->axis. */
static Type *reduce_result(Infer *I, AstNode *n, CallInfo *ci, Builtin b, Type *t) {
  Type *dt = t->kind == TY_ARRAY ? t->elem : t;
  if (type_is_complex(dt) && b != B_NP_SUM && b != B_NP_PROD && b != B_NP_MEAN &&
      b != B_NP_CUMSUM && b != B_NP_CUMPROD) {
    diag_error(I->cx, n->span, "%s() of complex values is not supported", builtin_names[b] + 6);
    return NULL;
  }
  Type *r = reduce_dtype(b, dt);
  bool cum = b == B_NP_CUMSUM || b == B_NP_CUMPROD;
  if (t->kind != TY_ARRAY) return cum ? type_array(I->cx, r, 1, false) : r;
  if (ci->axis < 0) return cum ? type_array(I->cx, r, 1, false) : r;
  if (cum) return type_array(I->cx, r, t->ndim, false);
  return t->ndim == 1 ? r : type_array(I->cx, r, t->ndim - 1, false);
}

static Type *np_reduce(Infer *I, AstNode *n, CallInfo *ci, Builtin b, const char *name) {
  if (!np_kws(I, n, ci, "axis,") || !inf_want_args(I, n, name, 1, 1)) return NULL;
  Type *t = numeric_or_array(I, ci->args[0]);
  if (!t || !axis_kw(I, n, ci, t->kind == TY_ARRAY ? t->ndim : 0)) return NULL;
  return reduce_result(I, n, ci, b, t);
}

/* Element-wise functions: each argument an array or a scalar. */
static Type *np_ufunc(Infer *I, AstNode *n, CallInfo *ci, Builtin b) {
  const char *name = builtin_names[b] + 6;
  int want = 1;
  if (b == B_NP_MINIMUM || b == B_NP_MAXIMUM || b == B_NP_HYPOT || b == B_NP_ARCTAN2 ||
      b == B_NP_POWER || b == B_NP_FMIN || b == B_NP_FMAX)
    want = 2;
  if (b == B_NP_WHERE || b == B_NP_CLIP) want = 3;
  if (!np_kws(I, n, ci, "") || !inf_want_args(I, n, name, want, want)) return NULL;
  Type *args[3];
  for (int i = 0; i < want; i++)
    if (!(args[i] = numeric_or_array(I, ci->args[i]))) return NULL;
  if (b == B_NP_WHERE) {
    Type *r = np_elementwise(I, n->span, args + 1, 2, NULL);
    Type *all = r ? np_elementwise(I, n->span, args, 3, r->kind == TY_ARRAY ? r->elem : r) : NULL;
    return all;
  }
  Type *r = np_elementwise(I, n->span, args, want, NULL);
  if (!r) return NULL;
  Type *dt = r->kind == TY_ARRAY ? r->elem : r;
  switch (b) {
  case B_NP_ISNAN: case B_NP_ISINF: case B_NP_ISFINITE:
    dt = T(TY_BOOL);
    break;
  case B_NP_ABS: case B_NP_ABSOLUTE:
    if (type_is_complex(dt)) dt = dt->kind == TY_C64 ? T(TY_F32) : T(TY_F64);
    break;
  case B_NP_MINIMUM: case B_NP_MAXIMUM: case B_NP_CLIP: case B_NP_POWER: case B_NP_FMIN:
  case B_NP_FMAX: case B_NP_SIGN: case B_NP_SQUARE: case B_NP_ROUND:
    break;
  default: /* transcendental: ints become float64 */
    if (is_intlike(dt)) dt = T(TY_F64);
    if (type_is_complex(dt)) {
      diag_error(I->cx, n->span, "np.%s() of complex values is not supported yet", name);
      return NULL;
    }
  }
  return r->kind == TY_ARRAY ? type_array(I->cx, dt, r->ndim, false) : dt;
}

Type *np_call(Infer *I, AstNode *n, CallInfo *ci, Builtin b) {
  const char *name = builtin_names[b] + 6;
  ci->axis = -1;
  switch (b) {
  case B_NP_ZEROS: case B_NP_ONES: case B_NP_EMPTY: case B_NP_FULL:
    return np_create(I, n, ci, b);
  case B_NP_ZEROS_LIKE: case B_NP_ONES_LIKE: case B_NP_EMPTY_LIKE: case B_NP_FULL_LIKE:
    return np_like(I, n, ci, b);
  case B_NP_ARANGE: case B_NP_LINSPACE:
    return np_range(I, n, ci, b);
  case B_NP_EYE:
    if (!np_kws(I, n, ci, "dtype,") || !inf_want_args(I, n, name, 1, 1)) return NULL;
    if (!type_is_int(inf_value(I, ci->args[0]) ? ci->args[0]->type : T(TY_STR))) return NULL;
    return type_array(I->cx, ci->dtype ? ci->dtype : T(TY_F64), 2, false);
  case B_NP_ARRAY:
    if (!np_kws(I, n, ci, "dtype,") || !inf_want_args(I, n, name, 1, 1)) return NULL;
    return array_from_list(I, ci->args[0], ci);
  case B_NP_COPY: case B_NP_TRANSPOSE: case B_NP_RAVEL: {
    if (!np_kws(I, n, ci, "") || !inf_want_args(I, n, name, 1, 1)) return NULL;
    Type *a = array_arg(I, ci->args[0], name);
    if (!a) return NULL;
    return type_array(I->cx, a->elem, b == B_NP_RAVEL ? 1 : a->ndim, false);
  }
  case B_NP_RESHAPE: {
    if (!np_kws(I, n, ci, "") || !inf_want_args(I, n, name, 2, 2)) return NULL;
    Type *a = array_arg(I, ci->args[0], name);
    int nd = a ? shape_ndim(I, ci->args[1]) : 0;
    return nd ? type_array(I->cx, a->elem, nd, false) : NULL;
  }
  case B_NP_SUM: case B_NP_PROD: case B_NP_MIN: case B_NP_MAX: case B_NP_AMIN:
  case B_NP_AMAX: case B_NP_MEAN: case B_NP_ANY: case B_NP_ALL: case B_NP_ARGMIN:
  case B_NP_ARGMAX: case B_NP_STD: case B_NP_VAR: case B_NP_CUMSUM: case B_NP_CUMPROD:
    return np_reduce(I, n, ci, b, name);
  case B_NP_OUTER: {
    if (!np_kws(I, n, ci, "") || !inf_want_args(I, n, name, 2, 2)) return NULL;
    Type *a = array_arg(I, ci->args[0], name), *c = a ? array_arg(I, ci->args[1], name) : NULL;
    return c ? type_array(I->cx, type_promote(a->elem, c->elem), 2, false) : NULL;
  }
  case B_NP_NORM: {
    if (!np_kws(I, n, ci, "") || !inf_want_args(I, n, "norm", 1, 1)) return NULL;
    Type *a = array_arg(I, ci->args[0], "norm");
    if (!a) return NULL;
    if (a->ndim > 2 || type_is_complex(a->elem)) {
      diag_error(I->cx, n->span, "norm() of '%s' is not supported", inf_tn(I, a));
      return NULL;
    }
    return a->elem->kind == TY_F32 ? a->elem : T(TY_F64);
  }
  case B_NP_SORT: case B_NP_ARGSORT: {
    if (!np_kws(I, n, ci, "") || !inf_want_args(I, n, name, 1, 1)) return NULL;
    Type *a = array_arg(I, ci->args[0], name);
    if (a && type_is_complex(a->elem)) {
      diag_error(I->cx, n->span, "sorting complex arrays is not supported");
      return NULL;
    }
    return a ? type_array(I->cx, b == B_NP_SORT ? a->elem : T(TY_I64), a->ndim, false) : NULL;
  }
  case B_NP_CONCATENATE: case B_NP_STACK: {
    if (!np_kws(I, n, ci, "axis,") || !inf_want_args(I, n, name, 1, 1)) return NULL;
    AstNode *seq = ci->args[0];
    if (seq->kind != AST_TUPLE && seq->kind != AST_LIST) {
      diag_error(I->cx, seq->span, "np.concatenate() needs a tuple or list of arrays written out");
      return NULL;
    }
    Type *dt = NULL;
    int nd = 0;
    for (int i = 0; i < seq->as.list.len; i++) {
      Type *t = array_arg(I, seq->as.list.data[i], name);
      if (!t) return NULL;
      if (nd && t->ndim != nd) {
        diag_error(I->cx, seq->as.list.data[i]->span,
                   "all the input arrays must have same number of dimensions");
        return NULL;
      }
      nd = t->ndim;
      dt = dt ? type_promote(dt, t->elem) : t->elem;
    }
    seq->type = T(TY_NONE);
    bool stack = b == B_NP_STACK;   /* a new axis of the arrays' count */
    if (!dt || !axis_kw(I, n, ci, nd + stack)) return NULL;
    if (ci->axis < 0) ci->axis = 0;
    return type_array(I->cx, dt, nd + stack, false);
  }
  case B_NP_DOT: {
    if (!np_kws(I, n, ci, "") || !inf_want_args(I, n, name, 2, 2)) return NULL;
    Type *a = array_arg(I, ci->args[0], name), *c = a ? array_arg(I, ci->args[1], name) : NULL;
    if (!c) return NULL;
    return matmul_type(I, n, a, c, "np.dot()");
  }
  default:
    return np_ufunc(I, n, ci, b);
  }
}

/* ---- methods, attributes, subscripts ---- */

/** The numpy function an array method stands for: a.sum() is np.sum(a). */
Builtin sema_array_method_builtin(Method m) {
  switch (m) {
  case M_ARR_ARGMIN: return B_NP_ARGMIN;
  case M_ARR_ARGMAX: return B_NP_ARGMAX;
  case M_ARR_STD: return B_NP_STD;
  case M_ARR_VAR: return B_NP_VAR;
  case M_ARR_CUMSUM: return B_NP_CUMSUM;
  case M_ARR_CUMPROD: return B_NP_CUMPROD;
  case M_ARR_SUM: return B_NP_SUM;
  case M_ARR_PROD: return B_NP_PROD;
  case M_ARR_MIN: return B_NP_MIN;
  case M_ARR_MAX: return B_NP_MAX;
  case M_ARR_MEAN: return B_NP_MEAN;
  case M_ARR_ANY: return B_NP_ANY;
  default: return B_NP_ALL;
  }
}

Type *np_method(Infer *I, AstNode *n, CallInfo *ci, Type *rt, Method m) {
  const char *name = method_names[m];
  ci->axis = -1;
  switch (m) {
  case M_ARR_SUM: case M_ARR_PROD: case M_ARR_MIN: case M_ARR_MAX: case M_ARR_MEAN:
  case M_ARR_ANY: case M_ARR_ALL: case M_ARR_ARGMIN: case M_ARR_ARGMAX: case M_ARR_STD:
  case M_ARR_VAR: case M_ARR_CUMSUM: case M_ARR_CUMPROD:
    if (!np_kws(I, n, ci, "axis,") || !inf_want_args(I, n, name, 0, 0)) return NULL;
    if (!axis_kw(I, n, ci, rt->ndim)) return NULL;
    return reduce_result(I, n, ci, sema_array_method_builtin(m), rt);
  case M_ARR_COPY: case M_ARR_FLATTEN: case M_ARR_RAVEL: case M_ARR_TRANSPOSE:
    if (!np_kws(I, n, ci, "") || !inf_want_args(I, n, name, 0, 0)) return NULL;
    return type_array(I->cx, rt->elem, m == M_ARR_COPY || m == M_ARR_TRANSPOSE ? rt->ndim : 1,
                      false);
  case M_ARR_ARGSORT:
    if (!np_kws(I, n, ci, "") || !inf_want_args(I, n, name, 0, 0)) return NULL;
    return type_array(I->cx, T(TY_I64), rt->ndim, false);
  case M_ARR_ASTYPE:
    if (!np_kws(I, n, ci, "") || !inf_want_args(I, n, name, 1, 1)) return NULL;
    if (!(ci->dtype = dtype_of(I, ci->args[0]))) return NULL;
    return type_array(I->cx, ci->dtype, rt->ndim, false);
  case M_ARR_FILL: {
    if (!np_kws(I, n, ci, "") || !inf_want_args(I, n, name, 1, 1)) return NULL;
    Type *v = inf_value(I, ci->args[0]);
    return v && type_is_numeric(v) ? T(TY_NONE) : NULL;
  }
  case M_ARR_RESHAPE: {
    if (!np_kws(I, n, ci, "") || !inf_want_args(I, n, name, 1, 8)) return NULL;
    int nd = ci->nargs == 1 ? shape_ndim(I, ci->args[0]) : 0;
    for (int i = 0; ci->nargs > 1 && i < ci->nargs; i++) {
      Type *t = inf_value(I, ci->args[i]);
      if (!t || !type_is_int(t)) return NULL;
      nd = ci->nargs;
    }
    return nd ? type_array(I->cx, rt->elem, nd, false) : NULL;
  }
  default:
    break;
  }
  diag_error(I->cx, n->span, "'%s' object has no attribute '%s'", inf_tn(I, rt), name);
  return NULL;
}

Type *np_attr(Infer *I, AstNode *n, Type *a) {
  const char *an = n->as.attr.name;
  if (!strcmp(an, "ndim") || !strcmp(an, "size")) return T(TY_I64);
  if (!strcmp(an, "dtype")) return T(TY_STR);   /* static: its name, e.g. float64 */
  if (!strcmp(an, "T")) return type_array(I->cx, a->elem, a->ndim, false);
  if (!strcmp(an, "shape")) {
    Type *elts[KRAIT_MAXDIM];
    for (int i = 0; i < a->ndim; i++) elts[i] = T(TY_I64);
    return type_tuple(I->cx, elts, a->ndim);
  }
  diag_error(I->cx, n->as.attr.name_span, "'%s' has no attribute '%s' in krait", inf_tn(I, a), an);
  diag_hint(I->cx, "arrays have .shape, .ndim, .size and .T here");
  return NULL;
}

/* a[i, 1:n, None]: integers drop an axis, slices keep one, None adds one.
 * All axes indexed by integers gives an element. */
Type *np_subscript(Infer *I, AstNode *n, Type *a) {
  AstNode *ix = n->as.sub.index;
  AstNode **items = &ix;
  int nitems = 1;
  if (ix->kind == AST_TUPLE) items = ix->as.list.data, nitems = ix->as.list.len;
  int ints = 0, slices = 0, news = 0;
  for (int i = 0; i < nitems; i++) {
    AstNode *it = items[i];
    if (it->kind == AST_SLICE) {
      AstNode *parts[3] = {it->as.slice.lo, it->as.slice.hi, it->as.slice.step};
      for (int k = 0; k < 3; k++) {
        if (!parts[k]) continue;
        Type *t = inf_value(I, parts[k]);
        if (!t) return NULL;
        if (!type_is_int(t)) {
          diag_error(I->cx, parts[k]->span, "slice indices must be integers, not '%s'",
                     inf_tn(I, t));
          return NULL;
        }
      }
      it->type = T(TY_NONE);
      slices++;
    } else if (it->kind == AST_NONE ||
               (it->kind == AST_ATTR && !strcmp(it->as.attr.name, "newaxis"))) {
      it->type = T(TY_NONE);
      news++;
    } else {
      Type *t = inf_value(I, it);
      if (!t) return NULL;
      if (!type_is_int(t)) {
        diag_error(I->cx, it->span, "array indices must be integers, slices or None, not '%s'",
                   inf_tn(I, t));
        if (t->kind == TY_ARRAY) diag_hint(I->cx, "fancy (array) indexing is not supported yet");
        return NULL;
      }
      ints++;
    }
  }
  if (ix->kind == AST_TUPLE) ix->type = T(TY_NONE);
  if (ints + slices > a->ndim) {
    diag_error(I->cx, ix->span,
               "too many indices for array: array is %d-dimensional, but %d were indexed",
               a->ndim, ints + slices);
    return NULL;
  }
  int nd = a->ndim - ints + news;
  if (nd == 0) return a->elem;
  if (nd > KRAIT_MAXDIM) {
    diag_error(I->cx, ix->span, "arrays have at most %d dimensions", KRAIT_MAXDIM);
    return NULL;
  }
  return type_array(I->cx, a->elem, nd, false);
}

/* ---- static shapes ---- */

static bool const_int(AstNode *e, int64_t *v) {
  bool neg = e->kind == AST_UNARY && e->as.un.op == UOP_NEG;
  AstNode *x = neg ? e->as.un.operand : e;
  if (x->kind != AST_INT) return false;
  *v = neg ? -x->as.i : x->as.i;
  return true;
}

/* A shape argument written with constants: 5, (3, 4). */
static int64_t *const_shape(Infer *I, AstNode *e, int nd) {
  int64_t *s = NEWN(&I->cx->arena, int64_t, nd);
  if (e->kind == AST_TUPLE && e->as.list.len == nd) {
    for (int i = 0; i < nd; i++)
      if (!const_int(e->as.list.data[i], &s[i]) || s[i] < 0) return NULL;
    return s;
  }
  return nd == 1 && const_int(e, &s[0]) && s[0] >= 0 ? s : NULL;
}

static const int64_t *call_shape(Infer *I, AstNode *n) {
  CallInfo *ci = n->as.call.resolved;
  int nd = n->type->ndim;
  if (!ci || ci->kind != CALLK_BUILTIN || !ci->nargs) return NULL;
  switch (ci->builtin) {
  case B_NP_ZEROS: case B_NP_ONES: case B_NP_EMPTY: case B_NP_FULL:
    return const_shape(I, ci->args[0], nd);
  case B_NP_ZEROS_LIKE: case B_NP_ONES_LIKE: case B_NP_EMPTY_LIKE: case B_NP_FULL_LIKE:
  case B_NP_COPY:
    return ci->args[0]->shape;
  default:
    return NULL;
  }
}

/* numpy's spelling of a shape in messages: (3,) (2,4) */
static const char *shape_text(Infer *I, const int64_t *s, int nd) {
  StrBuf b = {0};
  sb_putc(&b, '(');
  for (int i = 0; i < nd; i++) sb_printf(&b, i ? ",%lld" : "%lld", (long long)s[i]);
  sb_puts(&b, nd == 1 ? ",)" : ")");
  const char *r = arena_strdup(&I->cx->arena, b.p);
  sb_free(&b);
  return r;
}

/* The broadcast of the operands' static shapes, or an error when they can
 * never broadcast together (numpy raises ValueError at run time). */
static const int64_t *broadcast_shape(Infer *I, AstNode *n, AstNode **ops, int k) {
  int nd = n->type->ndim;
  int64_t *out = NEWN(&I->cx->arena, int64_t, nd);
  for (int d = 0; d < nd; d++) out[d] = 1;
  for (int i = 0; i < k; i++) {
    Type *t = ops[i]->type;
    if (!t || t->kind != TY_ARRAY) continue;
    if (!ops[i]->shape) return NULL;
    for (int d = 0; d < t->ndim; d++) {
      int64_t v = ops[i]->shape[d], *o = &out[nd - t->ndim + d];
      if (v == 1 || v == *o) continue;
      if (*o != 1) {
        StrBuf b = {0};
        for (int j = 0; j < k; j++)
          if (ops[j]->type && ops[j]->type->kind == TY_ARRAY)
            sb_printf(&b, "%s%s", b.len ? " " : "", shape_text(I, ops[j]->shape, ops[j]->type->ndim));
        diag_error(I->cx, n->span, "operands could not be broadcast together with shapes %s", b.p);
        diag_hint(I->cx, "numpy would raise ValueError here; the shapes are known at compile time");
        sb_free(&b);
        return NULL;
      }
      *o = v;
    }
  }
  return out;
}

void np_static_shape(Infer *I, AstNode *n) {
  AstNode *ops[3];
  switch (n->kind) {
  case AST_NAME: {
    Sym *s = n->as.name.sym;
    n->shape = s && s->kind == SYM_LOCAL ? s->shape : NULL;
    return;
  }
  case AST_CALL: {
    CallInfo *ci = n->as.call.resolved;
    if (ci && ci->kind == CALLK_BUILTIN && ci->builtin >= B_NP_SQRT && ci->builtin <= B_NP_CLIP) {
      n->shape = broadcast_shape(I, n, ci->args, ci->nargs > 3 ? 3 : ci->nargs);
      return;
    }
    n->shape = call_shape(I, n);
    return;
  }
  case AST_BINOP:
    if (n->as.bin.op == OP_MATMUL) return;
    ops[0] = n->as.bin.lhs, ops[1] = n->as.bin.rhs;
    n->shape = broadcast_shape(I, n, ops, 2);
    return;
  case AST_COMPARE:
    ops[0] = n->as.cmp.first, ops[1] = n->as.cmp.rest.data[0];
    n->shape = broadcast_shape(I, n, ops, 2);
    return;
  case AST_UNARY:
    n->shape = n->as.un.operand->shape;
    return;
  default:
    return;
  }
}
