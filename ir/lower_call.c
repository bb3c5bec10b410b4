/* ir/lower_call.c — calls: user functions (CALL), builtins and module
 * functions (intrinsics, small loops, string building), methods on str and
 * list (intrinsics), and `raise` of builtin exceptions.
 *
 * Arguments are lowered left to right with lower_seq, so they are pure
 * when the call is built; results that can raise or are fresh come back
 * as a whole node for the caller to bind (lower.c). */
#include "lower_impl.h"

enum { EXC_KEY_ERROR = 8, EXC_SYSTEM_EXIT = 15 };

static IrNode *unsupported(Lower *l, AstNode *n, const char *what) {
  diag_error(l->cx, n->span, "%s is not supported", what);
  return ir_new(l->cx, IR_CONST, n->span, n->type ? n->type : ty(TY_NONE));
}

static IrNode *call1(Lower *l, Span sp, Type *t, Intrinsic id, IrNode *a) {
  return lw_intrin(l, sp, t, id, 1, &a);
}

static IrNode *call2(Lower *l, Span sp, Type *t, Intrinsic id, IrNode *a, IrNode *b) {
  IrNode *args[2] = {a, b};
  return lw_intrin(l, sp, t, id, 2, args);
}

static IrNode **lower_args(Lower *l, CallInfo *ci) {
  IrNode **v = NEWN(&l->cx->arena, IrNode *, ci->nargs + 1);
  lower_seq(l, ci->args, ci->nargs, v);
  return v;
}

static bool const_f64(IrNode *e, double *d) {
  if (e->kind != IR_CONST) return false;
  if (type_is_float(e->type)) *d = e->as.cst.f;
  else if (type_is_int(e->type) || e->type->kind == TY_BOOL) *d = (double)e->as.cst.i;
  else return false;
  return true;
}

/* ------------------------------------------------------------------ */
/* User functions                                                      */
/* ------------------------------------------------------------------ */

/* Evaluation rank of an argument: those written in the call in source
 * order, then the filled-in defaults (which are written elsewhere). */
static uint64_t arg_rank(AstNode *call, AstNode *a, int i) {
  bool inside = a->span.file == call->span.file && a->span.start >= call->span.start &&
                a->span.end <= call->span.end;
  return inside ? a->span.start : ((uint64_t)1 << 40) + (uint64_t)i;
}

/* f(a, b) -> CALL(f, a, b): arguments in source order (keywords may be
 * reordered by sema), cast to the parameter types */
static IrNode *lower_call_user(Lower *l, AstNode *n, CallInfo *ci) {
  Spec *sp = ci->spec;
  int na = ci->nargs;
  int *pos = NEWN(&l->cx->arena, int, na + 1);
  AstNode **ord = NEWN(&l->cx->arena, AstNode *, na + 1);
  for (int i = 0; i < na; i++) {
    int j = i;
    while (j > 0 && arg_rank(n, ci->args[pos[j - 1]], pos[j - 1]) > arg_rank(n, ci->args[i], i)) {
      pos[j] = pos[j - 1];
      j--;
    }
    pos[j] = i;
  }
  for (int i = 0; i < na; i++) ord[i] = ci->args[pos[i]];
  IrNode **vals = NEWN(&l->cx->arena, IrNode *, na + 1);
  lower_seq(l, ord, na, vals);
  IrNode **args = NEWN(&l->cx->arena, IrNode *, na + 1);
  for (int i = 0; i < na; i++) args[pos[i]] = lw_cast(l, vals[i], sp->ptypes[pos[i]]);
  IrNode *c = ir_new(l->cx, IR_CALL, n->span, sp->ret ? sp->ret : ty(TY_NONE));
  c->as.call.fn = sp->ir;
  c->as.call.args = args;
  c->as.call.nargs = na;
  return c;
}

/* ------------------------------------------------------------------ */
/* Builtins                                                            */
/* ------------------------------------------------------------------ */

/* len(x) -> LIST_LEN / STR_LEN; a tuple's length is a constant */
static IrNode *lower_len(Lower *l, AstNode *n, CallInfo *ci) {
  IrNode *v = lower_pure(l, ci->args[0]);
  Span sp = n->span;
  TypeKind k = v->type->kind;
  if (k == TY_LIST) return lw_result(l, call1(l, sp, ty(TY_I64), IN_LIST_LEN, v), n->type);
  if (k == TY_STR) return lw_result(l, call1(l, sp, ty(TY_I64), IN_STR_LEN, v), n->type);
  if (k == TY_TUPLE) return ir_const_int(l->cx, sp, n->type, v->type->nelts);
  if (k == TY_ARRAY) return lower_array_len(l, sp, v);
  return unsupported(l, n, "len() of this type");
}

/* abs(x) -> ABS_I64 / ABS_F64 / ABS_C128 */
static IrNode *lower_abs(Lower *l, AstNode *n, CallInfo *ci) {
  IrNode *v = lower_pure(l, ci->args[0]);
  Type *t = v->type;
  Span sp = n->span;
  if (type_is_complex(t))
    return lw_result(l, call1(l, sp, ty(TY_F64), IN_ABS_C128, lw_cast(l, v, ty(TY_C128))), n->type);
  if (type_is_float(t))
    return lw_result(l, call1(l, sp, ty(TY_F64), IN_ABS_F64, lw_cast(l, v, ty(TY_F64))), n->type);
  if (type_is_signed(t))
    return lw_result(l, call1(l, sp, ty(TY_I64), IN_ABS_I64, lw_cast(l, v, ty(TY_I64))), n->type);
  return lw_cast(l, v, n->type); /* bool, unsigned */
}

/* min(a, b, c) -> m = a; m = SELECT(b < m, b, m); SELECT(c < m, c, m)
 * (the first of equal values wins; comparisons left to right, as Python) */
static IrNode *lower_minmax(Lower *l, AstNode *n, CallInfo *ci) {
  if (ci->nargs == 1) return lower_reduce(l, n, ci->builtin, ci->args[0]);
  IrNode **v = lower_args(l, ci);
  CmpOp op = ci->builtin == B_MIN ? CMP_LT : CMP_GT;
  Type *t = n->type;
  IrNode *acc = lw_reusable(l, lw_cast(l, v[0], t));
  for (int i = 1; i < ci->nargs; i++) {
    IrNode *x = lw_reusable(l, lw_cast(l, v[i], t));
    IrNode *sel = lw_choose(l, n->span, lw_cmp(l, n->span, op, x, acc), x, acc);
    acc = i + 1 < ci->nargs ? lw_reusable(l, sel) : sel;
  }
  return acc;
}

/* round(x) -> ROUND_F64 (float -> int) | x (int);
 * round(x, n) -> ROUND_F64_ND | ROUND_I64_ND */
static IrNode *lower_round(Lower *l, AstNode *n, CallInfo *ci) {
  IrNode **v = lower_args(l, ci);
  Span sp = n->span;
  bool nd = ci->nargs > 1 && v[1]->type->kind != TY_NONE;
  bool flt = type_is_float(v[0]->type);
  if (!nd && !flt) return lw_cast(l, v[0], n->type);
  if (!nd) return lw_result(l, call1(l, sp, ty(TY_I64), IN_ROUND_F64, lw_cast(l, v[0], ty(TY_F64))),
                            n->type);
  IrNode *d = lw_cast(l, v[1], ty(TY_I64));
  if (flt)
    return lw_result(l, call2(l, sp, ty(TY_F64), IN_ROUND_F64_ND, lw_cast(l, v[0], ty(TY_F64)), d),
                   n->type);
  return lw_result(l, call2(l, sp, ty(TY_I64), IN_ROUND_I64_ND, lw_cast(l, v[0], ty(TY_I64)), d),
                 n->type);
}

/* divmod(a, b) -> TUPLE(a // b, a % b); floats check b == 0 first for
 * CPython's message 'float divmod()' */
static IrNode *lower_divmod(Lower *l, AstNode *n, CallInfo *ci) {
  IrNode **v = lower_args(l, ci);
  Span sp = n->span;
  Type *et = n->type->kind == TY_TUPLE ? n->type->elts[0] : v[0]->type;
  IrNode *a = lw_reusable(l, v[0]), *b = lw_reusable(l, v[1]);
  if (type_is_float(et)) {
    IrNode *zero = ir_const_float(l->cx, sp, ty(TY_F64), 0.0);
    IrNode *c = lw_cmp(l, sp, CMP_EQ, lw_cast(l, b, ty(TY_F64)), zero);
    lw_raise_if(l, sp, c, EXC_ZERO_DIVISION_ERROR, "float divmod()");
  }
  IrNode **qr = NEWN(&l->cx->arena, IrNode *, 2);
  qr[0] = lw_bind(l, lower_arith(l, sp, OP_FLOORDIV, a, b, et));
  qr[1] = lw_bind(l, lower_arith(l, sp, OP_MOD, a, b, et));
  return lw_cast(l, lw_tuple(l, sp, qr, 2), n->type);
}

/* int(x): str -> STR_TO_I64, float -> F64_TO_I64, bool/int -> CAST */
static IrNode *lower_int(Lower *l, AstNode *n, CallInfo *ci) {
  Span sp = n->span;
  if (ci->nargs == 0) return ir_const_int(l->cx, sp, n->type, 0);
  IrNode **v = lower_args(l, ci);
  Type *t = v[0]->type;
  if (ci->nargs == 2 && t->kind == TY_STR)
    return lw_result(l, call2(l, sp, ty(TY_I64), IN_STR_TO_I64_BASE, v[0],
                              lw_cast(l, v[1], ty(TY_I64))), n->type);
  if (t->kind == TY_STR)
    return lw_result(l, call1(l, sp, ty(TY_I64), IN_STR_TO_I64, v[0]), n->type);
  if (type_is_float(t))
    return lw_result(l, call1(l, sp, ty(TY_I64), IN_F64_TO_I64, lw_cast(l, v[0], ty(TY_F64))),
                     n->type);
  if (type_is_int(t) || t->kind == TY_BOOL) return lw_cast(l, v[0], n->type);
  return unsupported(l, n, "int() of this type");
}

/* float(x): str -> STR_TO_F64, numbers -> CAST */
static IrNode *lower_float(Lower *l, AstNode *n, CallInfo *ci) {
  Span sp = n->span;
  if (ci->nargs == 0) return ir_const_float(l->cx, sp, n->type, 0.0);
  IrNode *v = lower_pure(l, ci->args[0]);
  if (v->type->kind == TY_STR)
    return lw_result(l, call1(l, sp, ty(TY_F64), IN_STR_TO_F64, v), n->type);
  if (type_is_numeric(v->type) && !type_is_complex(v->type)) return lw_cast(l, v, n->type);
  return unsupported(l, n, "float() of this type");
}

/* complex(re, im) -> CONST when both are constants, else C128_MAKE(re, im) */
static IrNode *lower_complex(Lower *l, AstNode *n, CallInfo *ci) {
  Span sp = n->span;
  IrNode **v = lower_args(l, ci);
  IrNode *re = ci->nargs > 0 ? v[0] : ir_const_float(l->cx, sp, ty(TY_F64), 0.0);
  IrNode *im = ci->nargs > 1 ? v[1] : ir_const_float(l->cx, sp, ty(TY_F64), 0.0);
  if (ci->nargs == 1 && type_is_numeric(re->type)) return lw_cast(l, re, n->type);
  if (!type_is_numeric(re->type) || !type_is_numeric(im->type) || type_is_complex(re->type) ||
      type_is_complex(im->type))
    return unsupported(l, n, "complex() of these arguments");
  double r, i;
  if (const_f64(re, &r) && const_f64(im, &i)) {
    IrNode *c = ir_new(l->cx, IR_CONST, sp, ty(TY_C128));
    c->as.cst.f = r;
    c->as.cst.im = i;
    return lw_cast(l, c, n->type);
  }
  IrNode *z = call2(l, sp, ty(TY_C128), IN_C128_MAKE, lw_cast(l, re, ty(TY_F64)),
                    lw_cast(l, im, ty(TY_F64)));
  return lw_result(l, z, n->type);
}

/* str(x) / repr(x) -> STRBUILD(x with conv 's' / 'r') */
static IrNode *lower_str_builtin(Lower *l, AstNode *n, CallInfo *ci) {
  if (ci->nargs == 0) return lw_str(l, n->span, "");
  IrNode *v = lower_pure(l, ci->args[0]);
  return lower_str_of(l, n->span, v, ci->builtin == B_STR ? 's' : 'r');
}

/* format(x, spec) -> STRBUILD(format(x, spec)); hex/bin/oct = format '#x'/'#b'/'#o' */
static IrNode *lower_format_call(Lower *l, AstNode *n, CallInfo *ci) {
  IrNode **v = lower_args(l, ci);
  const char *spec = ci->builtin == B_HEX ? "#x" : ci->builtin == B_BIN ? "#b"
                   : ci->builtin == B_OCT ? "#o" : NULL;
  IrNode *s = spec ? lw_str(l, n->span, spec) : ci->nargs > 1 ? v[1] : NULL;
  IrNode *x = v[0];
  if (spec && !type_is_int(x->type)) x = lw_cast(l, x, ty(TY_I64));
  return lower_format_value(l, n->span, x, s);
}

/* chr(i) -> CHR; ord(s) -> ORD */
static IrNode *lower_chr_ord(Lower *l, AstNode *n, CallInfo *ci) {
  IrNode *v = lower_pure(l, ci->args[0]);
  if (ci->builtin == B_CHR) return call1(l, n->span, ty(TY_STR), IN_CHR, lw_cast(l, v, ty(TY_I64)));
  return lw_result(l, call1(l, n->span, ty(TY_I64), IN_ORD, v), n->type);
}

/* A new list we own: LIST_COPY of a list, or one built from an iterable. */
static IrNode *owned_list(Lower *l, AstNode *n, AstNode *arg) {
  if (arg->type->kind == TY_LIST)
    return lw_to_temp(l, call1(l, n->span, n->type, IN_LIST_COPY, lower_pure(l, arg)));
  return lower_list_of(l, n, arg, n->type);
}

/* sorted(xs, reverse=r) -> t = LIST_COPY(xs); LIST_SORT(t, r) */
static IrNode *lower_sorted(Lower *l, AstNode *n, CallInfo *ci) {
  IrNode *t = owned_list(l, n, ci->args[0]);
  IrNode *rev = ci->kw_reverse ? lw_truth(l, lower_pure(l, ci->kw_reverse))
                               : lw_bool(l, n->span, false);
  lw_emit(l, lw_expr_stmt(l, call2(l, n->span, ty(TY_NONE), IN_LIST_SORT, t, rev)));
  return t;
}

/* list() -> LIST; list(xs) -> LIST_COPY; list(iterable) -> LIST + loop */
static IrNode *lower_list_builtin(Lower *l, AstNode *n, CallInfo *ci) {
  if (ci->nargs == 0) {
    IrNode *e = ir_new(l->cx, IR_LIST, n->span, n->type);
    e->as.list.elts = NEWN(&l->cx->arena, IrNode *, 1);
    return e;
  }
  return owned_list(l, n, ci->args[0]);
}

/* tuple(t) of a tuple is t itself; other lengths are not known statically */
static IrNode *lower_tuple_builtin(Lower *l, AstNode *n, CallInfo *ci) {
  if (ci->nargs == 1 && ci->args[0]->type->kind == TY_TUPLE) return lower_expr(l, ci->args[0]);
  return unsupported(l, n, "tuple() of a non-tuple");
}

/* ---- math ---- */

/* args: one char per argument, 'f' (f64) or 'i' (i64); ret: 'f' 'i' 'b' */
typedef struct MathFn {
  Builtin b;
  Intrinsic in;
  const char *args;
  char ret;
} MathFn;

static const MathFn math_fns[] = {
    {B_MATH_SQRT, IN_MATH_SQRT, "f", 'f'},       {B_MATH_EXP, IN_MATH_EXP, "f", 'f'},
    {B_MATH_EXP2, IN_MATH_EXP2, "f", 'f'},       {B_MATH_EXPM1, IN_MATH_EXPM1, "f", 'f'},
    {B_MATH_LOG, IN_MATH_LOG, "f", 'f'},         {B_MATH_LOG2, IN_MATH_LOG2, "f", 'f'},
    {B_MATH_LOG10, IN_MATH_LOG10, "f", 'f'},     {B_MATH_LOG1P, IN_MATH_LOG1P, "f", 'f'},
    {B_MATH_SIN, IN_MATH_SIN, "f", 'f'},         {B_MATH_COS, IN_MATH_COS, "f", 'f'},
    {B_MATH_TAN, IN_MATH_TAN, "f", 'f'},         {B_MATH_ASIN, IN_MATH_ASIN, "f", 'f'},
    {B_MATH_ACOS, IN_MATH_ACOS, "f", 'f'},       {B_MATH_ATAN, IN_MATH_ATAN, "f", 'f'},
    {B_MATH_SINH, IN_MATH_SINH, "f", 'f'},       {B_MATH_COSH, IN_MATH_COSH, "f", 'f'},
    {B_MATH_TANH, IN_MATH_TANH, "f", 'f'},       {B_MATH_ASINH, IN_MATH_ASINH, "f", 'f'},
    {B_MATH_ACOSH, IN_MATH_ACOSH, "f", 'f'},     {B_MATH_ATANH, IN_MATH_ATANH, "f", 'f'},
    {B_MATH_FABS, IN_MATH_FABS, "f", 'f'},       {B_MATH_ERF, IN_MATH_ERF, "f", 'f'},
    {B_MATH_ERFC, IN_MATH_ERFC, "f", 'f'},       {B_MATH_GAMMA, IN_MATH_GAMMA, "f", 'f'},
    {B_MATH_LGAMMA, IN_MATH_LGAMMA, "f", 'f'},   {B_MATH_DEGREES, IN_MATH_DEGREES, "f", 'f'},
    {B_MATH_RADIANS, IN_MATH_RADIANS, "f", 'f'}, {B_MATH_CBRT, IN_MATH_CBRT, "f", 'f'},
    {B_MATH_ATAN2, IN_MATH_ATAN2, "ff", 'f'},    {B_MATH_HYPOT, IN_MATH_HYPOT, "ff", 'f'},
    {B_MATH_FMOD, IN_MATH_FMOD, "ff", 'f'},      {B_MATH_COPYSIGN, IN_MATH_COPYSIGN, "ff", 'f'},
    {B_MATH_POW, IN_MATH_POW, "ff", 'f'},        {B_MATH_REMAINDER, IN_MATH_REMAINDER, "ff", 'f'},
    {B_MATH_FLOOR, IN_MATH_FLOOR, "f", 'i'},     {B_MATH_CEIL, IN_MATH_CEIL, "f", 'i'},
    {B_MATH_TRUNC, IN_MATH_TRUNC, "f", 'i'},     {B_MATH_ISNAN, IN_MATH_ISNAN, "f", 'b'},
    {B_MATH_ISINF, IN_MATH_ISINF, "f", 'b'},     {B_MATH_ISFINITE, IN_MATH_ISFINITE, "f", 'b'},
    {B_MATH_ISCLOSE, IN_MATH_ISCLOSE, "ffff", 'b'}, {B_MATH_GCD, IN_MATH_GCD, "ii", 'i'},
    {B_MATH_LCM, IN_MATH_LCM, "ii", 'i'},        {B_MATH_FACTORIAL, IN_MATH_FACTORIAL, "i", 'i'},
    {B_MATH_ISQRT, IN_MATH_ISQRT, "i", 'i'},     {B_MATH_COMB, IN_MATH_COMB, "ii", 'i'},
    {B_MATH_PERM, IN_MATH_PERM, "ii", 'i'},
};

static Type *math_type(char c) {
  return c == 'f' ? ty(TY_F64) : c == 'i' ? ty(TY_I64) : ty(TY_BOOL);
}

/* math.isclose(a, b, rel_tol=1e-09, abs_tol=0.0): the keywords by name */
static int isclose_args(AstNode *n, CallInfo *ci, AstNode **xs) {
  for (int i = 0; i < ci->nargs; i++) xs[i] = ci->args[i];
  xs[2] = xs[3] = NULL;
  for (int i = 0; i < n->as.call.nkws; i++) {
    Keyword *k = &n->as.call.kws[i];
    if (!strcmp(k->name, "rel_tol")) xs[2] = k->value;
    if (!strcmp(k->name, "abs_tol")) xs[3] = k->value;
  }
  return 4;
}

/* gcd(a, b, c) == gcd(gcd(a, b), c); gcd() == 0; gcd(a) == abs(a) */
static IrNode *lower_gcd_lcm(Lower *l, AstNode *n, CallInfo *ci, const MathFn *f) {
  Span sp = n->span;
  Type *i64 = ty(TY_I64);
  IrNode **v = lower_args(l, ci);
  if (ci->nargs == 0) return ir_const_int(l->cx, sp, n->type, f->b == B_MATH_GCD ? 0 : 1);
  IrNode *acc = lw_cast(l, v[0], i64);
  if (ci->nargs == 1) acc = call1(l, sp, i64, IN_ABS_I64, acc);
  for (int i = 1; i < ci->nargs; i++)
    acc = lw_bind(l, call2(l, sp, i64, f->in, acc, lw_cast(l, v[i], i64)));
  return lw_result(l, acc, n->type);
}

/* math.f(x, ...) -> MATH_F(f64 x, ...); math.log(x, b) -> MATH_LOG_BASE;
 * floor/ceil/trunc of an int is the int */
static IrNode *lower_math(Lower *l, AstNode *n, CallInfo *ci) {
  const MathFn *f = NULL;
  for (size_t i = 0; i < sizeof math_fns / sizeof math_fns[0]; i++)
    if (math_fns[i].b == ci->builtin) f = &math_fns[i];
  if (!f) ICE("no intrinsic for %s", builtin_names[ci->builtin]);
  if (f->b == B_MATH_GCD || f->b == B_MATH_LCM) return lower_gcd_lcm(l, n, ci, f);
  AstNode *xs[4] = {0};
  int nx = ci->nargs < 4 ? ci->nargs : 4;
  for (int i = 0; i < nx; i++) xs[i] = ci->args[i];
  if (f->b == B_MATH_ISCLOSE) nx = isclose_args(n, ci, xs);
  IrNode *v[4] = {0};
  Intrinsic in = f->in;
  const char *kinds = f->args;
  if (f->b == B_MATH_LOG && ci->nargs == 2) in = IN_MATH_LOG_BASE, kinds = "ff";
  int want = (int)strlen(kinds);
  for (int i = 0; i < nx; i++) {
    int mark = l->out->len;
    v[i] = xs[i] ? lower_pure(l, xs[i]) : NULL;
    lw_settle(l, mark, v, i);
  }
  if (f->ret == 'i' && kinds[0] == 'f' && v[0] && !type_is_float(v[0]->type))
    return lw_cast(l, v[0], n->type); /* floor(3) == 3 */
  if (f->b == B_MATH_ISCLOSE) {
    if (!v[2]) v[2] = ir_const_float(l->cx, n->span, ty(TY_F64), 1e-09);
    if (!v[3]) v[3] = ir_const_float(l->cx, n->span, ty(TY_F64), 0.0);
  }
  for (int i = 0; i < want; i++) {
    if (!v[i]) return unsupported(l, n, "this number of arguments");
    v[i] = lw_cast(l, v[i], math_type(kinds[i]));
  }
  IrNode *e = lw_intrin(l, n->span, math_type(f->ret), in, want, v);
  return lw_result(l, e, n->type);
}

/* ---- sys, random, time, krait ---- */

/* sys.exit(n) -> SYS_EXIT(n) (0 without an argument; a str is passed as is) */
static IrNode *lower_sys_exit(Lower *l, AstNode *n, CallInfo *ci, IrNode *code) {
  Span sp = n->span;
  if (!code && ci && ci->nargs) code = lower_pure(l, ci->args[0]);
  if (!code || code->type->kind == TY_NONE) code = lw_int(l, sp, 0);
  if (code->type->kind != TY_STR) code = lw_cast(l, code, ty(TY_I64));
  return call1(l, sp, ty(TY_NONE), IN_SYS_EXIT, code);
}

/* Defaults of random.randrange(stop) / (start, stop[, step]) and gauss(). */
static int fill_random_args(Lower *l, AstNode *n, CallInfo *ci, IrNode **v) {
  Span sp = n->span;
  if (ci->builtin == B_RANDOM_RANDRANGE) {
    if (ci->nargs == 1) v[1] = v[0], v[0] = lw_int(l, sp, 0);
    if (ci->nargs < 3) v[2] = lw_int(l, sp, 1);
    return 3;
  }
  if (ci->builtin == B_RANDOM_GAUSS || ci->builtin == B_NP_RANDOM_UNIFORM ||
      ci->builtin == B_NP_RANDOM_NORMAL) {   /* (0, 1): uniform's low, high; loc, scale */
    if (ci->nargs < 1) v[0] = ir_const_float(l->cx, sp, ty(TY_F64), 0.0);
    if (ci->nargs < 2) v[1] = ir_const_float(l->cx, sp, ty(TY_F64), 1.0);
    return 2;
  }
  if (ci->builtin == B_NP_RANDOM_RANDINT) {  /* randint(high) is randint(0, high) */
    if (ci->nargs == 1) v[1] = v[0], v[0] = lw_int(l, sp, 0);
    return 2;
  }
  return ci->nargs;
}

/* random.* and time.* -> their intrinsics */
static IrNode *lower_rt_call(Lower *l, AstNode *n, CallInfo *ci, Intrinsic in, char args,
                             char ret) {
  IrNode *v[3] = {0};
  if (ci->nargs > 3) return unsupported(l, n, "this number of arguments");
  lower_seq(l, ci->args, ci->nargs, v);
  if (ci->builtin == B_RANDOM_SEED && ci->nargs == 0) in = IN_RANDOM_SEED_TIME;
  if (ci->builtin == B_NP_RANDOM_SEED && ci->nargs == 0) in = IN_NP_RANDOM_SEED_TIME;
  int na = fill_random_args(l, n, ci, v);
  for (int i = 0; i < na; i++) v[i] = lw_cast(l, v[i], math_type(args));
  Type *rt = ret == 'n' ? ty(TY_NONE) : math_type(ret);
  IrNode *e = lw_intrin(l, n->span, rt, in, na, v);
  return ret == 'n' ? e : lw_result(l, e, n->type);
}

/* krait.threadid(), num_threads(), set_num_threads(n): OpenMP's. */
static IrNode *lower_krait(Lower *l, AstNode *n, CallInfo *ci) {
  if (ci->builtin == B_KRAIT_THREADID) return lw_intrin(l, n->span, n->type, IN_KRAIT_THREADID, 0, NULL);
  if (ci->builtin == B_KRAIT_NUM_THREADS)
    return lw_intrin(l, n->span, n->type, IN_KRAIT_NUM_THREADS, 0, NULL);
  IrNode **v = lower_args(l, ci);
  lw_emit(l, lw_expr_stmt(l, lw_intrin(l, n->span, ty(TY_NONE), IN_KRAIT_SET_NUM_THREADS, 1, v)));
  return lw_none(l, n->span);
}

/* MPI.Status(), MPI.Request.Waitall(requests), Testall(requests) */
static IrNode *lower_mpi_builtin(Lower *l, AstNode *n, CallInfo *ci) {
  IrNode *v[2];
  if (ci->builtin == B_MPI_STATUS)
    return lw_result(l, lw_intrin(l, n->span, n->type, IN_MPI_STATUS_NEW, 0, NULL), n->type);
  lower_seq(l, ci->args, ci->nargs, v);   /* statuses: None */
  Intrinsic in = ci->builtin == B_MPI_WAITALL ? IN_MPI_WAITALL : IN_MPI_TESTALL;
  return lw_result(l, lw_intrin(l, n->span, n->type, in, 1, v), n->type);
}

static IrNode *not_in_loop(Lower *l, AstNode *n, CallInfo *ci) {
  diag_error(l->cx, n->span, "'%s(...)' is only supported as the iterable of a for loop",
             builtin_names[ci->builtin]);
  diag_hint(l->cx, "use it in a for loop or a comprehension, or wrap it in list(...)");
  return ir_new(l->cx, IR_CONST, n->span, ty(TY_NONE));
}

/* random.* and time.*: intrinsic, argument kind, result kind ('n': None) */
typedef struct RtFn {
  Builtin b;
  Intrinsic in;
  char args, ret;
} RtFn;

static const RtFn rt_fns[] = {
    {B_RANDOM_SEED, IN_RANDOM_SEED, 'i', 'n'},
    {B_RANDOM_RANDOM, IN_RANDOM_RANDOM, 'f', 'f'},
    {B_RANDOM_UNIFORM, IN_RANDOM_UNIFORM, 'f', 'f'},
    {B_RANDOM_RANDINT, IN_RANDOM_RANDINT, 'i', 'i'},
    {B_RANDOM_RANDRANGE, IN_RANDOM_RANDRANGE, 'i', 'i'},
    {B_RANDOM_GAUSS, IN_RANDOM_GAUSS, 'f', 'f'},
    {B_NP_RANDOM_SEED, IN_NP_RANDOM_SEED, 'i', 'n'},
    {B_MPI_WTIME, IN_MPI_WTIME, 'f', 'f'},
    {B_MPI_WTICK, IN_MPI_WTICK, 'f', 'f'},
    {B_NP_RANDOM_RANDOM, IN_NP_RANDOM_RANDOM, 'f', 'f'},
    {B_NP_RANDOM_UNIFORM, IN_NP_RANDOM_UNIFORM, 'f', 'f'},
    {B_NP_RANDOM_NORMAL, IN_NP_RANDOM_NORMAL, 'f', 'f'},
    {B_NP_RANDOM_RANDINT, IN_NP_RANDOM_RANDINT, 'i', 'i'},
    {B_TIME_TIME, IN_TIME_TIME, 'f', 'f'},
    {B_TIME_PERF_COUNTER, IN_TIME_PERF_COUNTER, 'f', 'f'},
    {B_TIME_PERF_COUNTER_NS, IN_TIME_PERF_COUNTER_NS, 'f', 'i'},
    {B_TIME_MONOTONIC, IN_TIME_MONOTONIC, 'f', 'f'},
    {B_TIME_SLEEP, IN_TIME_SLEEP, 'f', 'n'},
};

static IrNode *lower_random_time(Lower *l, AstNode *n, CallInfo *ci) {
  for (size_t i = 0; i < sizeof rt_fns / sizeof rt_fns[0]; i++) {
    const RtFn *f = &rt_fns[i];
    if (f->b == ci->builtin) return lower_rt_call(l, n, ci, f->in, f->args, f->ret);
  }
  ICE("no intrinsic for %s", builtin_names[ci->builtin]);
}

/* One builtin or module function. */
static IrNode *lower_builtin(Lower *l, AstNode *n, CallInfo *ci) {
  switch (ci->builtin) {
  case B_PRINT: return lower_print(l, n);
  case B_LEN: return lower_len(l, n, ci);
  case B_RANGE: case B_ENUMERATE: case B_ZIP: case B_REVERSED: case B_KRAIT_PRANGE:
    return not_in_loop(l, n, ci);
  case B_ABS: return lower_abs(l, n, ci);
  case B_MIN: case B_MAX: return lower_minmax(l, n, ci);
  case B_SUM: case B_ANY: case B_ALL: return lower_reduce(l, n, ci->builtin, ci->args[0]);
  case B_ROUND: return lower_round(l, n, ci);
  case B_DIVMOD: return lower_divmod(l, n, ci);
  case B_POW: {
    if (ci->nargs != 2) return unsupported(l, n, "pow() with a modulus");
    IrNode **v = lower_args(l, ci);
    return lower_arith(l, n->span, OP_POW, v[0], v[1], n->type);
  }
  case B_INT: return lower_int(l, n, ci);
  case B_FLOAT: return lower_float(l, n, ci);
  case B_BOOL:
    return ci->nargs ? lw_truth(l, lower_pure(l, ci->args[0])) : lw_bool(l, n->span, false);
  case B_COMPLEX: return lower_complex(l, n, ci);
  case B_STR: case B_REPR: return lower_str_builtin(l, n, ci);
  case B_FORMAT: case B_HEX: case B_BIN: case B_OCT: return lower_format_call(l, n, ci);
  case B_CHR: case B_ORD: return lower_chr_ord(l, n, ci);
  case B_SORTED: return lower_sorted(l, n, ci);
  case B_LIST: return lower_list_builtin(l, n, ci);
  case B_TUPLE: return lower_tuple_builtin(l, n, ci);
  case B_MATH_SQRT: case B_MATH_EXP: case B_MATH_EXP2: case B_MATH_EXPM1: case B_MATH_LOG:
  case B_MATH_LOG2: case B_MATH_LOG10: case B_MATH_LOG1P: case B_MATH_SIN: case B_MATH_COS:
  case B_MATH_TAN: case B_MATH_ASIN: case B_MATH_ACOS: case B_MATH_ATAN: case B_MATH_SINH:
  case B_MATH_COSH: case B_MATH_TANH: case B_MATH_ASINH: case B_MATH_ACOSH: case B_MATH_ATANH:
  case B_MATH_FABS: case B_MATH_ERF: case B_MATH_ERFC: case B_MATH_GAMMA: case B_MATH_LGAMMA:
  case B_MATH_DEGREES: case B_MATH_RADIANS: case B_MATH_CBRT: case B_MATH_ATAN2:
  case B_MATH_HYPOT: case B_MATH_FMOD: case B_MATH_COPYSIGN: case B_MATH_POW:
  case B_MATH_REMAINDER: case B_MATH_FLOOR: case B_MATH_CEIL: case B_MATH_TRUNC:
  case B_MATH_ISNAN: case B_MATH_ISINF: case B_MATH_ISFINITE: case B_MATH_ISCLOSE:
  case B_MATH_GCD: case B_MATH_LCM: case B_MATH_FACTORIAL: case B_MATH_ISQRT: case B_MATH_COMB:
  case B_MATH_PERM:
    return lower_math(l, n, ci);
  case B_SYS_EXIT: return lower_sys_exit(l, n, ci, NULL);
  case B_RANDOM_SEED: case B_RANDOM_RANDOM: case B_RANDOM_UNIFORM: case B_RANDOM_RANDINT:
  case B_RANDOM_RANDRANGE: case B_RANDOM_GAUSS: case B_TIME_TIME: case B_TIME_PERF_COUNTER:
  case B_NP_RANDOM_SEED: case B_NP_RANDOM_RANDOM: case B_NP_RANDOM_UNIFORM:
  case B_NP_RANDOM_NORMAL: case B_NP_RANDOM_RANDINT: case B_MPI_WTIME: case B_MPI_WTICK:
  case B_TIME_PERF_COUNTER_NS: case B_TIME_MONOTONIC: case B_TIME_SLEEP:
    return lower_random_time(l, n, ci);
  case B_KRAIT_THREADID: case B_KRAIT_NUM_THREADS: case B_KRAIT_SET_NUM_THREADS:
    return lower_krait(l, n, ci);
  case B_MPI_STATUS: case B_MPI_WAITALL: case B_MPI_TESTALL: return lower_mpi_builtin(l, n, ci);
  case B_RANDOM_CHOICE: case B_RANDOM_SHUFFLE: {   /* a list argument */
    IrNode *lst = lw_reusable(l, lower_pure(l, ci->args[0]));
    if (ci->builtin == B_RANDOM_SHUFFLE) {
      lw_emit(l, lw_expr_stmt(l, call1(l, n->span, ty(TY_NONE), IN_RANDOM_SHUFFLE, lst)));
      return lw_none(l, n->span);
    }
    IrNode *k = lw_to_temp(l, call1(l, n->span, ty(TY_I64), IN_RANDOM_CHOICE_INDEX, lst));
    IrNode *e = ir_new(l->cx, IR_INDEX, n->span, lst->type->elem);
    e->as.index.base = lst;
    e->as.index.index = k;
    return e;
  }
  case B_NP_ZEROS: case B_NP_ONES: case B_NP_EMPTY: case B_NP_FULL: case B_NP_ZEROS_LIKE: case B_NP_ONES_LIKE: case B_NP_EMPTY_LIKE: case B_NP_FULL_LIKE: case B_NP_ARANGE: case B_NP_LINSPACE: case B_NP_EYE: case B_NP_COPY: case B_NP_ARRAY: case B_NP_TRANSPOSE: case B_NP_RESHAPE: case B_NP_RAVEL: case B_NP_SUM: case B_NP_PROD: case B_NP_MIN: case B_NP_MAX: case B_NP_AMIN: case B_NP_AMAX: case B_NP_MEAN: case B_NP_ANY: case B_NP_ALL: case B_NP_ARGMIN: case B_NP_ARGMAX: case B_NP_STD: case B_NP_VAR: case B_NP_CUMSUM: case B_NP_CUMPROD: case B_NP_DOT: case B_NP_OUTER: case B_NP_NORM: case B_NP_SORT: case B_NP_CONCATENATE: case B_NP_STACK: case B_NP_ARGSORT: case B_NP_SQRT: case B_NP_EXP: case B_NP_LOG: case B_NP_LOG10: case B_NP_SIN: case B_NP_COS: case B_NP_TAN: case B_NP_ARCTAN: case B_NP_SINH: case B_NP_COSH: case B_NP_TANH: case B_NP_FLOOR: case B_NP_CEIL: case B_NP_ABS: case B_NP_ABSOLUTE: case B_NP_MINIMUM: case B_NP_MAXIMUM: case B_NP_WHERE: case B_NP_ISNAN: case B_NP_ISINF: case B_NP_ISFINITE: case B_NP_HYPOT: case B_NP_ARCTAN2: case B_NP_POWER: case B_NP_LOG1P: case B_NP_EXPM1: case B_NP_LOG2: case B_NP_ARCSIN: case B_NP_ARCCOS: case B_NP_SIGN: case B_NP_RINT: case B_NP_ROUND: case B_NP_FMIN: case B_NP_FMAX: case B_NP_SQUARE: case B_NP_CLIP:
    return lower_np_call(l, n, ci);
  case B_NBUILTINS: break;
  }
  ICE("unknown builtin %d", (int)ci->builtin);
}

/* ------------------------------------------------------------------ */
/* Methods                                                             */
/* ------------------------------------------------------------------ */

/* xs.extend(it) -> LIST_EXTEND(xs, list of it);  sep.join(it) -> STR_JOIN(sep, list of it) */
static IrNode *lower_with_list_arg(Lower *l, AstNode *n, CallInfo *ci, Intrinsic in) {
  if (ci->nargs != 1) return unsupported(l, n, "this number of arguments");
  IrNode *r = lw_reusable(l, lower_pure(l, ci->recv));
  Type *lt = in == IN_STR_JOIN ? type_list(l->cx, ty(TY_STR)) : r->type;
  int mark = l->out->len;
  IrNode *v[2] = {r, lower_list_of(l, n, ci->args[0], lt)};
  lw_settle(l, mark, v, 1);
  Type *t = in == IN_STR_JOIN ? ty(TY_STR) : ty(TY_NONE);
  return lw_intrin(l, n->span, t, in, 2, v);
}

/* s.strip() -> STR_STRIP(s); s.strip(chars) -> STR_STRIP_CHARS(s, chars, left, right) */
static IrNode *lower_strip(Lower *l, AstNode *n, CallInfo *ci, IrNode **v) {
  Method m = ci->method;
  Intrinsic plain = m == M_STR_STRIP    ? IN_STR_STRIP
                    : m == M_STR_LSTRIP ? IN_STR_LSTRIP
                                        : IN_STR_RSTRIP;
  if (ci->nargs == 0 || v[1]->type->kind == TY_NONE)
    return call1(l, n->span, ty(TY_STR), plain, v[0]);
  IrNode *args[4] = {v[0], v[1], lw_bool(l, n->span, m != M_STR_RSTRIP),
                     lw_bool(l, n->span, m != M_STR_LSTRIP)};
  return lw_intrin(l, n->span, ty(TY_STR), IN_STR_STRIP_CHARS, 4, args);
}

static IrNode *list_pop(Lower *l, AstNode *n, CallInfo *ci, IrNode **v) {
  IrNode *i = ci->nargs ? lw_cast(l, v[1], ty(TY_I64)) : lw_int(l, n->span, -1);
  return lw_result(l, call2(l, n->span, v[0]->type->elem, IN_LIST_POP, v[0], i), n->type);
}

static IrNode *list_insert(Lower *l, AstNode *n, IrNode **v) {
  IrNode *args[3] = {v[0], lw_cast(l, v[1], ty(TY_I64)), lw_cast(l, v[2], v[0]->type->elem)};
  return lw_intrin(l, n->span, ty(TY_NONE), IN_LIST_INSERT, 3, args);
}

/* xs.index(x) / xs.count(x): the element cast to the list's element type */
static IrNode *list_search(Lower *l, AstNode *n, IrNode **v, Intrinsic in) {
  IrNode *e = call2(l, n->span, ty(TY_I64), in, v[0], lw_cast(l, v[1], v[0]->type->elem));
  return lw_result(l, e, n->type);
}

static IrNode *list_sort(Lower *l, AstNode *n, CallInfo *ci, IrNode **v) {
  IrNode *rev = ci->kw_reverse ? lw_truth(l, lower_pure(l, ci->kw_reverse))
                               : lw_bool(l, n->span, false);
  return call2(l, n->span, ty(TY_NONE), IN_LIST_SORT, v[0], rev);
}

static IrNode *str_affix(Lower *l, AstNode *n, CallInfo *ci, IrNode **v) {
  if (ci->nargs != 1 || v[1]->type->kind != TY_STR)
    return unsupported(l, n, "startswith/endswith with these arguments");
  Intrinsic in = ci->method == M_STR_STARTSWITH ? IN_STR_STARTSWITH : IN_STR_ENDSWITH;
  return call2(l, n->span, ty(TY_BOOL), in, v[0], v[1]);
}

static IrNode *str_split(Lower *l, AstNode *n, CallInfo *ci, IrNode **v) {
  if (ci->nargs > 1) return unsupported(l, n, "split() with maxsplit");
  IrNode *sep = ci->nargs ? v[1] : lw_none(l, n->span);
  return call2(l, n->span, n->type, IN_STR_SPLIT, v[0], sep);
}

static IrNode *str_replace(Lower *l, AstNode *n, CallInfo *ci, IrNode **v) {
  if (ci->nargs != 2) return unsupported(l, n, "replace() with a count");
  return lw_intrin(l, n->span, ty(TY_STR), IN_STR_REPLACE, 3, v);
}

static IrNode *str_find(Lower *l, AstNode *n, CallInfo *ci, IrNode **v) {
  if (ci->nargs != 1) return unsupported(l, n, "find() with start or end");
  return lw_result(l, call2(l, n->span, ty(TY_I64), IN_STR_FIND, v[0], v[1]), n->type);
}

/* recv.m(args) with recv and args lowered into v (v[0] is the receiver) */
static IrNode *method_call(Lower *l, AstNode *n, CallInfo *ci, IrNode **v) {
  Span sp = n->span;
  Type *none = ty(TY_NONE), *str = ty(TY_STR);
  switch (ci->method) {
  case M_LIST_APPEND:
    return call2(l, sp, none, IN_LIST_APPEND, v[0], lw_cast(l, v[1], v[0]->type->elem));
  case M_LIST_POP: return list_pop(l, n, ci, v);
  case M_LIST_INSERT: return list_insert(l, n, v);
  case M_LIST_INDEX: return list_search(l, n, v, IN_LIST_INDEX_OF);
  case M_LIST_COUNT: return list_search(l, n, v, IN_LIST_COUNT);
  case M_LIST_REVERSE: return call1(l, sp, none, IN_LIST_REVERSE, v[0]);
  case M_LIST_SORT: return list_sort(l, n, ci, v);
  case M_LIST_COPY: return call1(l, sp, v[0]->type, IN_LIST_COPY, v[0]);
  case M_LIST_CLEAR: return call1(l, sp, none, IN_LIST_CLEAR, v[0]);
  case M_STR_UPPER: return call1(l, sp, str, IN_STR_UPPER, v[0]);
  case M_STR_LOWER: return call1(l, sp, str, IN_STR_LOWER, v[0]);
  case M_STR_STRIP: case M_STR_LSTRIP: case M_STR_RSTRIP: return lower_strip(l, n, ci, v);
  case M_STR_STARTSWITH: case M_STR_ENDSWITH: return str_affix(l, n, ci, v);
  case M_STR_SPLIT: return str_split(l, n, ci, v);
  case M_STR_REPLACE: return str_replace(l, n, ci, v);
  case M_STR_FIND: return str_find(l, n, ci, v);
  case M_STR_COUNT: return lw_result(l, call2(l, n->span, ty(TY_I64), IN_STR_COUNT, v[0], v[1]), n->type);
  case M_STR_JOIN: case M_STR_FORMAT: case M_LIST_EXTEND: case M_NMETHODS: break;
  case M_ARR_SUM: case M_ARR_PROD: case M_ARR_MIN: case M_ARR_MAX: case M_ARR_MEAN:
  case M_ARR_ANY: case M_ARR_ALL: case M_ARR_COPY: case M_ARR_RESHAPE: case M_ARR_RAVEL:
  case M_ARR_FLATTEN: case M_ARR_ASTYPE: case M_ARR_FILL: case M_ARR_TRANSPOSE:
  case M_ARR_ARGMIN: case M_ARR_ARGMAX: case M_ARR_STD: case M_ARR_VAR: case M_ARR_CUMSUM:
  case M_ARR_CUMPROD: case M_ARR_ARGSORT: break;
#define X(k, s) case M_##k:
  COMM_METHODS(X)
#undef X
  case M_REQ_WAIT: case M_REQ_TEST: case M_STATUS_GET_SOURCE: case M_STATUS_GET_TAG:
  case M_STATUS_GET_COUNT:
    break;   /* lower_comm_method */
  }
  ICE("method_call: %s", method_names[ci->method]);
}

/* The receiver and the arguments of a method call, in order, as pure
 * values v[0..nargs] (room for two more). */
static IrNode **lower_recv_args(Lower *l, CallInfo *ci) {
  int na = ci->nargs;
  AstNode **xs = NEWN(&l->cx->arena, AstNode *, na + 1);
  xs[0] = ci->recv;
  for (int i = 0; i < na; i++) xs[i + 1] = ci->args[i];
  IrNode **v = NEWN(&l->cx->arena, IrNode *, na + 3);
  lower_seq(l, xs, na + 1, v);
  return v;
}

/* comm.Get_rank(), comm.allreduce(x, op), comm.Send(buf, dest, tag),
 * req.Wait(), status.Get_source()...: the runtime functions of
 * krait/mpi.h, the communicator (request, status) first. */
/* A message object (a tuple or list of plain values, a bool, or any value
 * of send/recv) goes to the runtime as a list of plain elements: a single
 * value as a list of one. */
static bool is_obj(Type *t) {
  return t->kind == TY_LIST || t->kind == TY_TUPLE || t->kind == TY_BOOL;
}

static IrNode *obj_as_list(Lower *l, Span sp, IrNode *v) {
  if (v->type->kind == TY_LIST) return v;
  IrNode **elts = NEWN(&l->cx->arena, IrNode *, 1);
  elts[0] = v;
  IrNode *e = ir_new(l->cx, IR_LIST, sp, type_list(l->cx, v->type));
  e->as.list.elts = elts;
  e->as.list.n = 1;
  return lw_bind(l, e);
}

/* The runtime's fresh list back as a value of type t (a tuple: its item) */
static IrNode *obj_from_list(Lower *l, Span sp, IrNode *lst, Type *t) {
  if (t->kind == TY_LIST) return lst;
  lst = lw_to_temp(l, lst);   /* released with the temporaries */
  IrNode *e = ir_new(l->cx, IR_INDEX, sp, t);
  e->as.index.base = lst;
  e->as.index.index = lw_int(l, sp, 0);
  return e;
}

/* A type's fingerprint for recv to check what send sent (FNV-1a of its name) */
static int64_t type_hash(Lower *l, Type *t) {
  uint64_t h = 1469598103934665603ull;
  for (const char *p = type_name(l->cx, t); *p; p++) h = (h ^ (uint8_t)*p) * 1099511628211ull;
  return (int64_t)(h >> 1);
}

/* bcast, send, recv, gather, allgather, scatter of message objects */
static IrNode *lower_obj_msg(Lower *l, AstNode *n, CallInfo *ci, IrNode **v) {
  Span sp = n->span;
  Type *t = n->type;
  Type *lt = t->kind == TY_LIST ? t : type_list(l->cx, t);   /* what the runtime gives */
  IrNode *a[6] = {v[0]};
  switch (ci->method) {
  case M_COMM_BCAST:   /* (obj, root) */
    a[1] = obj_as_list(l, sp, v[1]), a[2] = v[2];
    return obj_from_list(l, sp, lw_intrin(l, sp, lt, IN_MPI_BCAST_OBJ, 3, a), t);
  case M_COMM_SEND: {   /* (obj, dest, tag); any int is an int */
    IrNode *x = type_is_int(v[1]->type) ? lw_cast(l, v[1], ty(TY_I64)) : v[1];
    a[1] = obj_as_list(l, sp, x), a[2] = v[2], a[3] = v[3];
    a[4] = lw_int(l, sp, type_hash(l, x->type));
    lw_emit(l, lw_expr_stmt(l, lw_intrin(l, sp, ty(TY_NONE), IN_MPI_SEND_OBJ, 5, a)));
    return lw_none(l, sp);
  }
  case M_COMM_SENDRECV:   /* (obj, dest, sendtag, source, recvtag) */
    a[1] = obj_as_list(l, sp, v[1]), a[2] = v[2], a[3] = v[3], a[4] = v[4], a[5] = v[5];
    IrNode *b[7] = {a[0], a[1], a[2], a[3], a[4], a[5], lw_int(l, sp, type_hash(l, t))};
    return obj_from_list(l, sp, lw_intrin(l, sp, lt, IN_MPI_SENDRECV_OBJ, 7, b), t);
  case M_COMM_RECV:    /* (None, source, tag, status) */
    a[1] = v[2], a[2] = v[3], a[3] = v[4], a[4] = lw_int(l, sp, type_hash(l, t));
    return obj_from_list(l, sp, lw_intrin(l, sp, lt, IN_MPI_RECV_OBJ, 5, a), t);
  case M_COMM_ALLREDUCE: case M_COMM_REDUCE: {
    int64_t op = 0;
    lw_is_const(v[2], &op);
    if (op == 0) {   /* lists with MPI.SUM: joined in rank order, as + does */
      a[1] = v[1], a[2] = ci->method == M_COMM_REDUCE ? v[3] : lw_int(l, sp, -1);
      a[3] = lw_bool(l, sp, false);
      return lw_result(l, lw_intrin(l, sp, t, IN_MPI_GATHER_OBJ, 4, a), t);
    }
    /* MAX, MIN: every rank's object, then Python's max()/min() of them (all
     * ranks get it, also for reduce) */
    a[1] = obj_as_list(l, sp, v[1]), a[2] = lw_int(l, sp, -1);
    a[3] = lw_bool(l, sp, t->kind == TY_LIST);
    IrNode *xs = lw_to_temp(l, lw_intrin(l, sp, type_list(l->cx, t), IN_MPI_GATHER_OBJ, 4, a));
    IrNode *ext[2] = {xs, lw_bool(l, sp, op == 3)};
    IrNode *e = ir_new(l->cx, IR_INDEX, sp, t);
    e->as.index.base = xs;
    e->as.index.index = lw_to_temp(l, lw_intrin(l, sp, ty(TY_I64), IN_LIST_ARGEXT, 2, ext));
    return e;
  }
  case M_COMM_GATHER: case M_COMM_ALLGATHER: {   /* tuples gather into one list */
    bool nest = t->elem->kind == TY_LIST;
    a[1] = obj_as_list(l, sp, v[1]);
    a[2] = ci->method == M_COMM_GATHER ? v[2] : lw_int(l, sp, -1);
    a[3] = lw_bool(l, sp, nest);
    return lw_result(l, lw_intrin(l, sp, t, IN_MPI_GATHER_OBJ, 4, a), t);
  }
  case M_COMM_SCATTER: {   /* (list of objects, root) */
    a[1] = v[1], a[2] = v[2], a[3] = lw_bool(l, sp, t->kind == TY_LIST);
    return obj_from_list(l, sp, lw_intrin(l, sp, lt, IN_MPI_SCATTER_OBJ, 4, a), t);
  }
  default: return unsupported(l, n, "this communicator method on lists and tuples");
  }
}

/* comm.allreduce((x, i), op=MPI.MAXLOC), comm.reduce(..., root): one MPI
 * call on a (value, index) pair; the runtime returns the value and keeps
 * the index for kr_mpi_loc_index(), read right after. */
static IrNode *lower_loc(Lower *l, AstNode *n, CallInfo *ci, IrNode **v) {
  Span sp = n->span;
  bool f = n->type->elts[0]->kind == TY_F64;
  IrNode *pair = lw_reusable(l, v[1]);
  IrNode *a[5] = {v[0], lw_cast(l, lw_field(l, sp, pair, 0), n->type->elts[0]),
                  lw_cast(l, lw_field(l, sp, pair, 1), ty(TY_I64)), v[2],
                  ci->method == M_COMM_REDUCE ? v[3] : lw_int(l, sp, -1)};
  IrNode *x = lw_to_temp(l, lw_intrin(l, sp, n->type->elts[0],
                                      f ? IN_MPI_LOC_F64 : IN_MPI_LOC_I64, 5, a));
  IrNode **at = NEWN(&l->cx->arena, IrNode *, 2);   /* the tuple keeps them */
  at[0] = x;
  at[1] = lw_to_temp(l, lw_intrin(l, sp, ty(TY_I64), IN_MPI_LOC_INDEX, 0, NULL));
  return lw_tuple(l, sp, at, 2);
}

static IrNode *lower_comm_method(Lower *l, AstNode *n, CallInfo *ci) {
  int na = ci->nargs;
  IrNode **v = lower_recv_args(l, ci);
  Method me0 = ci->method;
  int64_t op0 = -1;
  if (n->type->kind == TY_TUPLE && (me0 == M_COMM_ALLREDUCE || me0 == M_COMM_REDUCE) &&
      !(lw_is_const(v[2], &op0) && (op0 == 2 || op0 == 3)))
    return lower_loc(l, n, ci, v);
  if (n->type->kind == TY_TUPLE && (me0 == M_COMM_ALLREDUCE || me0 == M_COMM_REDUCE))
    return lower_obj_msg(l, n, ci, v);
  if (n->type->kind == TY_LIST && (me0 == M_COMM_ALLREDUCE || me0 == M_COMM_REDUCE))
    return lower_obj_msg(l, n, ci, v);
  if (me0 == M_COMM_SEND || me0 == M_COMM_RECV ||   /* any value: typed bytes */
      ((me0 == M_COMM_BCAST || me0 == M_COMM_SCATTER || me0 == M_COMM_SENDRECV) &&
       is_obj(n->type)) ||
      ((me0 == M_COMM_GATHER || me0 == M_COMM_ALLGATHER) && is_obj(n->type->elem)))
    return lower_obj_msg(l, n, ci, v);
  for (int i = 1; i <= na; i++)
    if (type_is_int(v[i]->type) && v[i]->type->kind != TY_I64) v[i] = lw_cast(l, v[i], ty(TY_I64));
  if (ci->method == M_COMM_SCATTERV_BUF || ci->method == M_COMM_GATHERV_BUF)
    for (int i = 2; i <= 3; i++)   /* counts, displs given as int arrays: as lists */
      if (v[i]->type->kind == TY_ARRAY)
        v[i] = lw_to_temp(l, lw_intrin(l, n->span, type_list(l->cx, ty(TY_I64)), IN_MPI_INT_LIST,
                                       1, &v[i]));
  bool f = n->type->kind == TY_F64;
  Intrinsic id;
  switch (ci->method) {
  case M_COMM_GET_RANK: id = IN_MPI_RANK; break;
  case M_COMM_GET_SIZE: id = IN_MPI_SIZE; break;
  case M_COMM_BARRIER: case M_COMM_BARRIER_LOWER: id = IN_MPI_BARRIER; break;
  case M_COMM_ALLREDUCE: id = f ? IN_MPI_ALLREDUCE_F64 : IN_MPI_ALLREDUCE_I64; break;
  case M_COMM_BCAST: id = f ? IN_MPI_BCAST_F64 : IN_MPI_BCAST_I64; break;
  case M_COMM_ALLREDUCE_BUF: id = IN_MPI_ALLREDUCE_BUF; break;
  case M_COMM_BCAST_BUF: id = IN_MPI_BCAST_BUF; break;
  case M_COMM_SEND_BUF: id = IN_MPI_SEND_BUF; break;
  case M_COMM_RECV_BUF: id = IN_MPI_RECV_BUF; break;
  case M_COMM_SSEND_BUF: id = IN_MPI_SSEND_BUF; break;
  case M_COMM_REDUCE_BUF: id = IN_MPI_REDUCE_BUF; break;
  case M_COMM_GATHER_BUF: id = IN_MPI_GATHER_BUF; break;
  case M_COMM_SCATTER_BUF: id = IN_MPI_SCATTER_BUF; break;
  case M_COMM_ALLGATHER_BUF: id = IN_MPI_ALLGATHER_BUF; break;
  case M_COMM_ALLTOALL_BUF: id = IN_MPI_ALLTOALL_BUF; break;
  case M_COMM_SENDRECV_BUF: id = IN_MPI_SENDRECV_BUF; break;
  case M_COMM_ISEND_BUF: id = IN_MPI_ISEND_BUF; break;
  case M_COMM_SCATTERV_BUF: id = IN_MPI_SCATTERV_BUF; break;
  case M_COMM_GATHERV_BUF: id = IN_MPI_GATHERV_BUF; break;
  case M_COMM_IRECV_BUF: id = IN_MPI_IRECV_BUF; break;
  case M_COMM_REDUCE: id = f ? IN_MPI_REDUCE_F64 : IN_MPI_REDUCE_I64; break;
  case M_COMM_SENDRECV: id = f ? IN_MPI_SENDRECV_F64 : IN_MPI_SENDRECV_I64; break;
  case M_COMM_ALLGATHER:
    f = n->type->elem->kind == TY_F64;
    id = f ? IN_MPI_ALLGATHER_F64 : IN_MPI_ALLGATHER_I64;
    break;
  case M_COMM_GATHER:
    f = n->type->elem->kind == TY_F64;
    id = f ? IN_MPI_GATHER_F64 : IN_MPI_GATHER_I64;
    break;
  case M_COMM_SCATTER: id = f ? IN_MPI_SCATTER_F64 : IN_MPI_SCATTER_I64; break;
  case M_COMM_SPLIT: id = IN_MPI_SPLIT; break;
  case M_COMM_DUP: id = IN_MPI_DUP; break;
  case M_COMM_FREE: id = IN_MPI_FREE; break;
  case M_REQ_WAIT: id = IN_MPI_WAIT; break;
  case M_REQ_TEST: id = IN_MPI_TEST; break;
  case M_STATUS_GET_SOURCE: id = IN_MPI_STATUS_SOURCE; break;
  case M_STATUS_GET_TAG: id = IN_MPI_STATUS_TAG; break;
  case M_STATUS_GET_COUNT: id = IN_MPI_STATUS_COUNT; break;
  default: return unsupported(l, n, "this communicator method");
  }
  Method me = ci->method;
  if (me == M_COMM_ALLREDUCE || me == M_COMM_BCAST || me == M_COMM_REDUCE ||
      me == M_COMM_ALLGATHER || me == M_COMM_SENDRECV || me == M_COMM_GATHER)
    v[1] = lw_cast(l, v[1], f ? ty(TY_F64) : ty(TY_I64));
  IrNode *e = lw_intrin(l, n->span, n->type->kind == TY_NONE ? ty(TY_NONE) : n->type, id,
                        na + 1, v);
  if (n->type->kind == TY_NONE) {
    lw_emit(l, lw_expr_stmt(l, e));
    return lw_none(l, n->span);
  }
  return lw_result(l, e, n->type);
}

/* recv.method(args) -> the method's intrinsic (receiver first) */
static IrNode *lower_method(Lower *l, AstNode *n, CallInfo *ci) {
  if (ci->recv->type->kind == TY_ARRAY) return lower_np_method(l, n, ci);
  TypeKind rk = ci->recv->type->kind;
  if (rk == TY_COMM || rk == TY_REQUEST || rk == TY_STATUS) return lower_comm_method(l, n, ci);
  if (ci->method == M_STR_FORMAT)
    return lower_str_format(l, n, ci->recv, ci->args, ci->nargs);
  if (ci->method == M_LIST_EXTEND) return lower_with_list_arg(l, n, ci, IN_LIST_EXTEND);
  if (ci->method == M_STR_JOIN) return lower_with_list_arg(l, n, ci, IN_STR_JOIN);
  IrNode **v = lower_recv_args(l, ci);
  TypeKind k = v[0]->type->kind;
  if (k != TY_LIST && k != TY_STR) return unsupported(l, n, "this method");
  return method_call(l, n, ci, v);
}

/** A call expression: CALL, an intrinsic, or lowered builtin code. */
IrNode *lower_call(Lower *l, AstNode *n) {
  CallInfo *ci = n->as.call.resolved;
  if (!ci) ICE("call was not resolved");
  switch (ci->kind) {
  case CALLK_USER: return lower_call_user(l, n, ci);
  case CALLK_BUILTIN: return lower_builtin(l, n, ci);
  case CALLK_METHOD: return lower_method(l, n, ci);
  case CALLK_EXC: break;
  }
  diag_error(l->cx, n->span, "an exception can only be created in a 'raise' statement");
  return ir_new(l->cx, IR_CONST, n->span, ty(TY_NONE));
}

/* ------------------------------------------------------------------ */
/* raise                                                               */
/* ------------------------------------------------------------------ */

/* The message of E(args): a str as is; another value through str()
 * (KeyError through repr(), as CPython's KeyError.__str__); several
 * values as the str() of their tuple; none -> NULL. */
static IrNode *exc_message(Lower *l, AstNode *e, CallInfo *ci) {
  if (ci->nargs == 0) return NULL;
  IrNode **v = lower_args(l, ci);
  if (ci->nargs > 1)
    return lw_bind(l, lower_str_of(l, e->span, lw_tuple(l, e->span, v, ci->nargs), 's'));
  bool key = ci->exc == EXC_KEY_ERROR;
  if (v[0]->type->kind == TY_STR && !key) return v[0];
  return lw_bind(l, lower_str_of(l, e->span, v[0], key ? 'r' : 's'));
}

/* raise E(msg) -> RAISE(E, msg);  raise E -> RAISE(E, NULL);
 * raise SystemExit(n) -> SYS_EXIT(n) */
void lower_raise(Lower *l, AstNode *n) {
  AstNode *e = n->as.expr;
  IrNode *r = ir_new(l->cx, IR_RAISE, n->span, ty(TY_NONE));
  if (!e) {
    diag_error(l->cx, n->span, "a bare 'raise' is not supported");
    diag_hint(l->cx, "raise a builtin exception, e.g. raise ValueError(\"...\")");
    return;
  }
  Sym *s = e->kind == AST_NAME ? e->as.name.sym : NULL;
  CallInfo *ci = e->kind == AST_CALL ? e->as.call.resolved : NULL;
  if (s && s->kind == SYM_EXC) {
    r->as.raise.exc = s->exc;
  } else if (ci && ci->kind == CALLK_EXC && ci->exc == EXC_SYSTEM_EXIT) {
    IrNode *code = ci->nargs ? lower_pure(l, ci->args[0]) : NULL;
    lw_emit(l, lw_expr_stmt(l, lower_sys_exit(l, e, NULL, code)));
    return;
  } else if (ci && ci->kind == CALLK_EXC) {
    r->as.raise.exc = ci->exc;
    r->as.raise.msg = exc_message(l, e, ci);
  } else {
    diag_error(l->cx, e->span, "only builtin exceptions can be raised");
    return;
  }
  lw_emit(l, r);
}
