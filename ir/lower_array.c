/* ir/lower_array.c — numpy arrays: creation, indexing and views, and
 * element-wise expressions lowered to ONE fused loop nest each.
 *
 *   c = a * b + 1.0        ->  t1 = a; t2 = b                 (operands, left to right)
 *                              n0 = broadcast_dim(1, 0, t1, t2)
 *                              c = array_new(n0)
 *                              for i in range(n0):
 *                                c[i] = t1[i * f1] * t2[i * f2] + 1.0
 *   out[1:-1] = u[:-2] + u[2:]  ->  the same nest over out's view, after
 *                                   broadcast_assign(view, operands) and a copy
 *                                   of any operand whose memory overlaps it
 *
 * f1, f2 are 0 or 1: 0 where an operand's axis has length 1 and broadcasts.
 * Operands are evaluated once, before the loops; the element expression is
 * pure scalar IR with numpy's element semantics (integer division by zero
 * gives 0, float division gives inf or nan), so it needs no checks. Scalars
 * in an expression are evaluated once too. Reductions (np.sum(a * b), ...)
 * use the same nest with an accumulator instead of a result array. */
#include <stdarg.h>

#include "lower_impl.h"

/* ---- small builders ---- */

static IrNode *i64(Lower *l, Span sp, int64_t v) { return lw_int(l, sp, v); }

static IrNode *intrin(Lower *l, Span sp, Type *t, Intrinsic id, int n, ...) {
  va_list ap;
  va_start(ap, n);
  IrNode **args = NEWN(&l->cx->arena, IrNode *, n + 1);
  for (int i = 0; i < n; i++) args[i] = va_arg(ap, IrNode *);
  va_end(ap);
  return lw_intrin(l, sp, t, id, n, args);
}

static IrNode *dim(Lower *l, Span sp, IrNode *a, int k) {
  return intrin(l, sp, ty(TY_I64), IN_ARRAY_DIM, 2, a, i64(l, sp, k));
}

static IrNode *stride(Lower *l, Span sp, IrNode *a, int k) {
  if ((a->type->contig || l->unit_stride) && k == a->type->ndim - 1) return i64(l, sp, 1);
  return intrin(l, sp, ty(TY_I64), IN_ARRAY_STRIDE, 2, a, i64(l, sp, k));
}

static IrNode *mul(Lower *l, Span sp, IrNode *a, IrNode *b) {
  int64_t c;
  if (lw_is_const(b, &c) && c == 1) return a;
  if (lw_is_const(a, &c) && c == 1) return b;
  return lw_binop(l, sp, OP_MUL, a, b, ty(TY_I64));
}

static IrNode *add(Lower *l, Span sp, IrNode *a, IrNode *b) {
  return a ? lw_binop(l, sp, OP_ADD, a, b, ty(TY_I64)) : b;
}

/* a[idx0, idx1, ...]: the element at already checked indices. */
static IrNode *element(Lower *l, Span sp, IrNode *a, IrNode **idx) {
  IrNode *off = NULL;
  for (int k = 0; k < a->type->ndim; k++) off = add(l, sp, off, mul(l, sp, idx[k], stride(l, sp, a, k)));
  IrNode *e = ir_new(l->cx, IR_INDEX, sp, a->type->elem);
  e->as.index.base = a;
  e->as.index.index = off ? off : i64(l, sp, 0);
  return e;
}

/* A loop nest over dims[0..n), counters in iv[]; returns the outer loop
 * (already emitted) and leaves l->out at the innermost body. The caller
 * restores l->out. */
static IrNode *nest(Lower *l, Span sp, IrNode **dims, int n, IrNode **iv) {
  IrNode *inner = NULL;
  for (int d = 0; d < n; d++) {
    IrVar *v = lw_temp(l, ty(TY_I64), sp);
    IrNode *loop = ir_new(l->cx, IR_LOOP, sp, ty(TY_NONE));
    loop->as.loop.iv = v;
    loop->as.loop.lo = i64(l, sp, 0);
    loop->as.loop.hi = dims[d];
    loop->as.loop.step = i64(l, sp, 1);
    loop->as.loop.dir = 1;
    lw_emit(l, loop);
    l->out = &loop->as.loop.body;
    iv[d] = lw_var(l, v, sp);
    inner = loop;
  }
  return inner;
}

/* ---- element-wise expressions ---- */

typedef struct Leaf {
  AstNode *ast;
  IrNode *v;                      /* the array (a temp) or the scalar value */
  IrNode *flag[KRAIT_MAXDIM];     /* per axis: 1 or 0 (broadcast), NULL means 1 */
} Leaf;

typedef struct Ew {
  Lower *l;
  Span sp;
  Leaf leaf[64];
  int n;
  int ndim;                       /* rank of the result */
  IrNode *dims[KRAIT_MAXDIM];
  IrNode *iv[KRAIT_MAXDIM];
  bool deferred;                  /* building an ARRAYEXPR: operands read as AELEM */
  char prog[200];                 /* the expression in postfix, for numpy's broadcast
                                     error (kr_broadcast_prog): 'a' 's' 'd' '2' '3' */
  int plen;
} Ew;

static void prog_put(Ew *e, char c) {
  if (e->plen + 1 < (int)sizeof e->prog) e->prog[e->plen++] = c;
  else e->prog[0] = 0, e->plen = (int)sizeof e->prog; /* too long: no program */
}

/* The program as an IR string constant ("" when it did not fit). */
static IrNode *prog_str(Ew *e) {
  if (e->plen < (int)sizeof e->prog) e->prog[e->plen] = 0;
  return lw_str(e->l, e->sp, e->prog);
}

static bool is_ufunc(Builtin b) { return b >= B_NP_SQRT && b <= B_NP_CLIP; }

/* Is n an element-wise operation whose operands are fused into the loop? */
static bool elementwise(AstNode *n) {
  switch (n->kind) {
  case AST_BINOP: case AST_UNARY: return true;
  case AST_COMPARE: return n->as.cmp.rest.len == 1;
  case AST_CALL: {
    CallInfo *ci = n->as.call.resolved;
    return ci && ci->kind == CALLK_BUILTIN && is_ufunc(ci->builtin);
  }
  default: return false;
  }
}

static bool fused(AstNode *n) {
  return elementwise(n) && (n->type->kind == TY_ARRAY || type_is_numeric(n->type));
}

static int ew_children(AstNode *n, AstNode **kids) {
  switch (n->kind) {
  case AST_BINOP: kids[0] = n->as.bin.lhs, kids[1] = n->as.bin.rhs; return 2;
  case AST_UNARY: kids[0] = n->as.un.operand; return 1;
  case AST_COMPARE: kids[0] = n->as.cmp.first, kids[1] = n->as.cmp.rest.data[0]; return 2;
  case AST_CALL: {
    CallInfo *ci = n->as.call.resolved;
    for (int i = 0; i < ci->nargs; i++) kids[i] = ci->args[i];
    return ci->nargs;
  }
  default: return 0;
  }
}

/* Evaluate the operands (leaves) in Python's order, once. */
static void collect(Ew *e, AstNode *n) {
  AstNode *kids[3];
  /* numpy calls are always taken apart (their scalar form has no other
   * lowering); scalar arithmetic inside an array expression is a leaf */
  if (fused(n) && (n->type->kind == TY_ARRAY || n->kind == AST_CALL)) {
    int k = ew_children(n, kids);
    for (int i = 0; i < k; i++) collect(e, kids[i]);
    if (k >= 2) prog_put(e, (char)('0' + k));
    return;
  }
  prog_put(e, n->type->kind == TY_ARRAY ? 'a' : 's');
  if (e->n == 64) {
    diag_error(e->l->cx, n->span, "this array expression has too many operands");
    return;
  }
  Leaf *lf = &e->leaf[e->n++];
  lf->ast = n;
  IrNode *v = lower_pure(e->l, n);
  /* arrays get a temp of their own, which an overlap copy may replace */
  lf->v = n->type->kind == TY_ARRAY ? lw_to_temp(e->l, v) : lw_bind(e->l, v);
}

static Leaf *leaf_of(Ew *e, AstNode *n) {
  for (int i = 0; i < e->n; i++)
    if (e->leaf[i].ast == n) return &e->leaf[i];
  return NULL;
}

static int array_leaves(Ew *e, IrNode **out) {
  int k = 0;
  for (int i = 0; i < e->n; i++)
    if (e->leaf[i].v->type->kind == TY_ARRAY) out[k++] = e->leaf[i].v;
  return k;
}

/* Per-axis broadcast flags of every array operand. With one operand of the
 * result's rank and no destination, nothing can broadcast. */
static void flags(Ew *e, bool trivial) {
  Lower *l = e->l;
  for (int i = 0; i < e->n && !trivial; i++) {
    IrNode *a = e->leaf[i].v;
    if (a->type->kind != TY_ARRAY) continue;
    for (int k = 0; k < a->type->ndim; k++) {
      IrNode *c = lw_cmp(l, e->sp, CMP_NE, dim(l, e->sp, a, k), i64(l, e->sp, 1));
      e->leaf[i].flag[k] = lw_to_temp(l, lw_cast(l, c, ty(TY_I64)));
    }
  }
}

/* The result shape of a new array: operand dims, broadcast. */
static void result_dims(Ew *e) {
  Lower *l = e->l;
  IrNode *arrs[64];
  int na = array_leaves(e, arrs);
  bool single = na == 1 && arrs[0]->type->ndim == e->ndim;
  for (int d = 0; d < e->ndim; d++) {
    if (single) {
      e->dims[d] = lw_to_temp(l, dim(l, e->sp, arrs[0], d));
      continue;
    }
    IrNode **args = NEWN(&l->cx->arena, IrNode *, na + 3);
    args[0] = i64(l, e->sp, e->ndim);
    args[1] = i64(l, e->sp, d);
    args[2] = prog_str(e);
    for (int i = 0; i < na; i++) args[i + 3] = arrs[i];
    e->dims[d] = lw_to_temp(l, lw_intrin(l, e->sp, ty(TY_I64), IN_ARRAY_BDIM, na + 3, args));
  }
  flags(e, single);
}

static IrNode *leaf_elem(Ew *e, Leaf *lf) {
  IrNode *a = lf->v;
  if (a->type->kind != TY_ARRAY) return a;
  if (e->deferred) {   /* pass_fuse places it: a[...] at the loop position */
    IrNode *n = ir_new(e->l->cx, IR_AELEM, e->sp, a->type->elem);
    n->as.aelem.arr = a;
    return n;
  }
  IrNode *idx[KRAIT_MAXDIM];
  int k = a->type->ndim, shift = e->ndim - k;
  for (int d = 0; d < k; d++)
    idx[d] = lf->flag[d] ? mul(e->l, e->sp, e->iv[d + shift], lf->flag[d]) : e->iv[d + shift];
  return element(e->l, e->sp, a, idx);
}

static Type *dtype_of(Type *t) { return t->kind == TY_ARRAY ? t->elem : t; }

static IrNode *elem(Ew *e, AstNode *n);

/* numpy's element arithmetic in dtype t. */
static IrNode *np_arith(Lower *l, Span sp, BinOp op, IrNode *a, IrNode *b, Type *t) {
  a = lw_cast(l, a, t), b = lw_cast(l, b, t);
  bool ints = type_is_int(t) || t->kind == TY_BOOL;
  Type *i64t = ty(TY_I64), *f64t = ty(TY_F64);
  Intrinsic in = IN_NINTRINSICS;
  switch (op) {
  case OP_ADD: case OP_SUB: case OP_MUL: case OP_BITAND: case OP_BITOR: case OP_BITXOR:
  case OP_DIV:
    return lw_binop(l, sp, op, a, b, t);
  case OP_FLOORDIV: in = ints ? IN_NP_FLOORDIV_I64 : IN_NP_FLOORDIV_F64; break;
  case OP_MOD: in = ints ? IN_NP_MOD_I64 : IN_NP_MOD_F64; break;
  case OP_POW: in = ints ? IN_NP_POW_I64 : IN_C_POW; break;
  case OP_LSHIFT: in = IN_LSHIFT_I64; break;
  case OP_RSHIFT: in = IN_RSHIFT_I64; break;
  case OP_MATMUL: case OP_NBINOPS: ICE("np_arith: @");
  }
  Type *w = ints ? i64t : f64t;
  IrNode *r = intrin(l, sp, w, in, 2, lw_cast(l, a, w), lw_cast(l, b, w));
  return lw_cast(l, lw_bind(l, r), t);
}

static Intrinsic ufunc_intrin(Builtin b) {
  switch (b) {
  case B_NP_SQRT: return IN_C_SQRT;
  case B_NP_EXP: return IN_C_EXP;
  case B_NP_LOG: return IN_C_LOG;
  case B_NP_LOG10: return IN_C_LOG10;
  case B_NP_SIN: return IN_C_SIN;
  case B_NP_COS: return IN_C_COS;
  case B_NP_TAN: return IN_C_TAN;
  case B_NP_ARCTAN: return IN_C_ATAN;
  case B_NP_SINH: return IN_C_SINH;
  case B_NP_COSH: return IN_C_COSH;
  case B_NP_TANH: return IN_C_TANH;
  case B_NP_FLOOR: return IN_C_FLOOR;
  case B_NP_CEIL: return IN_C_CEIL;
  case B_NP_HYPOT: return IN_C_HYPOT;
  case B_NP_ARCTAN2: return IN_C_ATAN2;
  case B_NP_LOG1P: return IN_C_LOG1P;
  case B_NP_EXPM1: return IN_C_EXPM1;
  case B_NP_LOG2: return IN_C_LOG2;
  case B_NP_ARCSIN: return IN_C_ASIN;
  case B_NP_ARCCOS: return IN_C_ACOS;
  case B_NP_RINT: return IN_C_RINT;
  case B_NP_FMIN: return IN_C_FMIN;
  case B_NP_FMAX: return IN_C_FMAX;
  default: return IN_NINTRINSICS;
  }
}

static IrNode *minmax(Lower *l, Span sp, bool is_min, IrNode *a, IrNode *b, Type *t) {
  a = lw_cast(l, a, t), b = lw_cast(l, b, t);
  if (type_is_float(t)) {
    Intrinsic in = is_min ? IN_NP_MINIMUM_F64 : IN_NP_MAXIMUM_F64;
    Type *f = ty(TY_F64);
    return lw_cast(l, intrin(l, sp, f, in, 2, lw_cast(l, a, f), lw_cast(l, b, f)), t);
  }
  a = lw_reusable(l, a), b = lw_reusable(l, b);
  return lw_choose(l, sp, lw_cmp(l, sp, is_min ? CMP_LE : CMP_GE, a, b), a, b);
}

static IrNode *elem_ufunc(Ew *e, AstNode *n) {
  Lower *l = e->l;
  CallInfo *ci = n->as.call.resolved;
  Type *t = dtype_of(n->type);
  IrNode *v[3];
  for (int i = 0; i < ci->nargs; i++) v[i] = elem(e, ci->args[i]);
  Intrinsic in = ufunc_intrin(ci->builtin);
  Type *f64t = ty(TY_F64);
  switch (ci->builtin) {
  case B_NP_ABS: case B_NP_ABSOLUTE: {
    if (type_is_float(t)) return lw_cast(l, intrin(l, n->span, f64t, IN_ABS_F64, 1, lw_cast(l, v[0], f64t)), t);
    IrNode *x = lw_cast(l, v[0], ty(TY_I64));
    return lw_cast(l, intrin(l, n->span, ty(TY_I64), IN_ABS_I64, 1, x), t);
  }
  case B_NP_MINIMUM: case B_NP_MAXIMUM:
    return minmax(l, n->span, ci->builtin == B_NP_MINIMUM, v[0], v[1], t);
  case B_NP_CLIP:
    return minmax(l, n->span, true, minmax(l, n->span, false, v[0], v[1], t), v[2], t);
  case B_NP_WHERE:
    return lw_choose(l, n->span, lw_truth(l, v[0]), lw_cast(l, v[1], t), lw_cast(l, v[2], t));
  case B_NP_ISNAN: case B_NP_ISINF: case B_NP_ISFINITE: {
    Intrinsic k = ci->builtin == B_NP_ISNAN ? IN_MATH_ISNAN
                  : ci->builtin == B_NP_ISINF ? IN_MATH_ISINF : IN_MATH_ISFINITE;
    return intrin(l, n->span, ty(TY_BOOL), k, 1, lw_cast(l, v[0], f64t));
  }
  case B_NP_POWER:
    return np_arith(l, n->span, OP_POW, v[0], v[1], t);
  case B_NP_SQUARE: {
    IrNode *x = lw_reusable(l, v[0]);
    return np_arith(l, n->span, OP_MUL, x, x, t);
  }
  case B_NP_SIGN: {
    IrNode *x = lw_reusable(l, lw_cast(l, v[0], t));
    IrNode *z = lw_cast(l, i64(l, n->span, 0), t);
    IrNode *pos = lw_cast(l, i64(l, n->span, 1), t), *neg = lw_cast(l, i64(l, n->span, -1), t);
    IrNode *inner = lw_choose(l, n->span, lw_cmp(l, n->span, CMP_LT, x, z), neg, x);
    return lw_choose(l, n->span, lw_cmp(l, n->span, CMP_GT, x, z), pos, inner);
  }
  case B_NP_ROUND:
    if (!type_is_float(t)) return lw_cast(l, v[0], t);
    in = IN_C_RINT;
    break;
  default:
    break;
  }
  if (in == IN_NINTRINSICS) ICE("no element function for %s", builtin_names[ci->builtin]);
  IrNode *a0 = lw_cast(l, v[0], f64t);
  IrNode *r = ci->nargs == 2 ? intrin(l, n->span, f64t, in, 2, a0, lw_cast(l, v[1], f64t))
                             : intrin(l, n->span, f64t, in, 1, a0);
  return lw_cast(l, r, t);
}

/* The element of n at the current counters: pure scalar IR. */
static IrNode *elem(Ew *e, AstNode *n) {
  Lower *l = e->l;
  Leaf *lf = leaf_of(e, n);
  if (lf) return leaf_elem(e, lf);
  Type *t = dtype_of(n->type);
  switch (n->kind) {
  case AST_BINOP: {
    IrNode *a = elem(e, n->as.bin.lhs), *b = elem(e, n->as.bin.rhs);
    return np_arith(l, n->span, n->as.bin.op, a, b, t);
  }
  case AST_UNARY: {
    IrNode *a = lw_cast(l, elem(e, n->as.un.operand), t);
    if (n->as.un.op == UOP_POS) return a;
    IrNode *u = ir_new(l->cx, IR_UNOP, n->span, t);
    u->as.un.op = n->as.un.op == UOP_INVERT && t->kind == TY_BOOL ? UOP_NOT : n->as.un.op;
    u->as.un.operand = a;
    return u;
  }
  case AST_COMPARE: {
    AstNode *x = n->as.cmp.first, *y = n->as.cmp.rest.data[0];
    Type *tx = x->type, *tyy = y->type;
    Type *ct = tx->kind == TY_ARRAY && tyy->kind == TY_ARRAY
                   ? type_promote(tx->elem, tyy->elem)
                   : tx->kind == TY_ARRAY ? type_promote_weak(tx->elem, tyy)
                                          : type_promote_weak(tyy->elem, tx);
    IrNode *a = lw_cast(l, elem(e, x), ct), *b = lw_cast(l, elem(e, y), ct);
    return lw_cmp(l, n->span, n->as.cmp.ops[0], a, b);
  }
  case AST_CALL:
    return elem_ufunc(e, n);
  default:
    ICE("elem: %s", ast_kind_names[n->kind]);
  }
}

/* What the innermost loop does with the element. */
typedef struct Body {
  void (*run)(Ew *e, struct Body *b);
  IrNode *dst;        /* store: the destination */
  AstNode *value;     /* the expression */
  IrVar *acc, *first; /* reductions */
  IrVar *best, *count;/* argmin/argmax: index of the best; C-order position */
  int op;
} Body;

/* A float sum of an expression (np.sum(a * b)) may be reassociated, as
 * numpy's own pairwise sums are: the innermost loop becomes a SIMD
 * reduction. Sequential sums (a Python loop) never get here. */
static void simd_sum(Lower *l, Ew *e, Body *b, IrNode *inner) {
  if (inner && b->acc && (b->op == 0 /* R_SUM */ || b->op == 4 /* R_MEAN */) &&
      type_is_float(b->acc->type)) {
    inner->as.loop.red = b->acc;
    /* a long 1-D sum also splits over threads (pass_par: a reduction) */
    if (e->ndim == 1 && l->opt->auto_parallel && !l->fn->is_init) {
      inner->kind = IR_PARLOOP;
      inner->as.loop.work = e->dims[0];
    }
  }
}

/* Run body in a loop nest over e->dims. When some operand may broadcast,
 * the nest is versioned: a copy without the broadcast factors runs when
 * no operand has a length-1 axis, so the common case indexes plainly. */
static void ew_nest(Ew *e, Body *b) {
  Lower *l = e->l;
  IrNode *cond = NULL;
  for (int i = 0; i < e->n; i++)
    for (int k = 0; k < KRAIT_MAXDIM; k++)
      if (e->leaf[i].flag[k]) {
        IrNode *t = lw_cmp(l, e->sp, CMP_NE, e->leaf[i].flag[k], i64(l, e->sp, 0));
        cond = cond ? lw_logic(l, e->sp, true, cond, t) : t;
      }
  /* ... and on unit inner strides, so the common case vectorizes */
  IrNode *arrs[65];
  int na = array_leaves(e, arrs);
  if (b->dst) arrs[na++] = b->dst;
  for (int i = 0; i < na && e->ndim; i++) {
    Type *t = arrs[i]->type;
    if (t->contig || t->ndim == 0) continue;
    IrNode *s = intrin(l, e->sp, ty(TY_I64), IN_ARRAY_STRIDE, 2, arrs[i], i64(l, e->sp, t->ndim - 1));
    IrNode *c = lw_cmp(l, e->sp, CMP_EQ, s, i64(l, e->sp, 1));
    cond = cond ? lw_logic(l, e->sp, true, cond, c) : c;
  }
  IrList *saved = l->out;
  if (!cond) {
    simd_sum(l, e, b, nest(l, e->sp, e->dims, e->ndim, e->iv));
    b->run(e, b);
    l->out = saved;
    return;
  }
  IrNode *ifn = ir_new(l->cx, IR_IF, e->sp, ty(TY_NONE));
  ifn->as.if_.cond = cond;
  lw_emit(l, ifn);
  IrNode *flags_saved[64][KRAIT_MAXDIM];
  for (int i = 0; i < e->n; i++)
    for (int k = 0; k < KRAIT_MAXDIM; k++) flags_saved[i][k] = e->leaf[i].flag[k], e->leaf[i].flag[k] = NULL;
  l->out = &ifn->as.if_.then;
  simd_sum(l, e, b, nest(l, e->sp, e->dims, e->ndim, e->iv));
  l->unit_stride = true;
  b->run(e, b);
  l->unit_stride = false;
  for (int i = 0; i < e->n; i++)
    for (int k = 0; k < KRAIT_MAXDIM; k++) e->leaf[i].flag[k] = flags_saved[i][k];
  l->out = &ifn->as.if_.orelse;
  simd_sum(l, e, b, nest(l, e->sp, e->dims, e->ndim, e->iv));
  b->run(e, b);
  l->out = saved;
}

/* dst[...] = value as an explicit ARRAYEXPR node; pass_fuse turns it into
 * the loop nest (versioned on broadcasting and unit inner strides). */
static void emit_arrayexpr(Ew *e, IrNode *dst, AstNode *value) {
  Lower *l = e->l;
  IrNode *ae = ir_new(l->cx, IR_ARRAYEXPR, e->sp, ty(TY_NONE));
  ae->as.aexpr.dst = dst;
  ae->as.aexpr.ndim = e->ndim;
  ae->as.aexpr.dims = NEWN(&l->cx->arena, IrNode *, e->ndim + 1);
  for (int d = 0; d < e->ndim; d++) ae->as.aexpr.dims[d] = e->dims[d];
  ae->as.aexpr.leaves = NEWN(&l->cx->arena, IrNode *, e->n + 1);
  ae->as.aexpr.flags = NEWN(&l->cx->arena, IrNode *, (e->n + 1) * KRAIT_MAXDIM);
  for (int i = 0; i < e->n; i++) {
    Leaf *lf = &e->leaf[i];
    if (lf->v->type->kind != TY_ARRAY) continue;
    int k = ae->as.aexpr.nleaves++;
    ae->as.aexpr.leaves[k] = lf->v;
    for (int d = 0; d < KRAIT_MAXDIM; d++) ae->as.aexpr.flags[k * KRAIT_MAXDIM + d] = lf->flag[d];
  }
  e->deferred = true;
  IrList *saved = lw_enter(l, &ae->as.aexpr.pre);
  ae->as.aexpr.value = lw_cast(l, elem(e, value), dst->type->elem);
  l->out = saved;
  e->deferred = false;
  lw_emit(l, ae);
}


/* Lower an element-wise expression to a new array (or, for scalars only,
 * to a scalar value). */
IrNode *lower_array_expr(Lower *l, AstNode *n) {
  Ew *e = NEW(&l->cx->scratch, Ew);
  e->l = l, e->sp = n->span;
  collect(e, n);
  if (n->type->kind != TY_ARRAY) return lw_bind(l, elem(e, n));
  e->ndim = n->type->ndim;
  result_dims(e);
  IrNode *res = lw_to_temp(l, lw_intrin(l, n->span, n->type, IN_ARRAY_NEW, e->ndim, e->dims));
  emit_arrayexpr(e, res, n);
  return res;
}

/* dst[...] = value (an array expression or a scalar), dst a view. Operands
 * whose memory overlaps dst are copied first, which gives numpy's result.
 * A value already lowered (pre) is the expression's only operand. */
static void assign_into(Lower *l, Span sp, IrNode *dst, AstNode *value, AstNode *same,
                        IrNode *pre) {
  Ew *e = NEW(&l->cx->scratch, Ew);
  e->l = l, e->sp = sp;
  if (pre) {
    e->leaf[0].ast = value;
    e->leaf[0].v = pre->type->kind == TY_ARRAY ? lw_to_temp(l, pre) : pre;
    e->n = 1;
    prog_put(e, pre->type->kind == TY_ARRAY ? 'a' : 's');
  } else {
    collect(e, value);
  }
  e->ndim = dst->type->ndim;
  IrNode *arrs[64];
  int na = array_leaves(e, arrs);
  if (na) {
    IrNode **args = NEWN(&l->cx->arena, IrNode *, na + 2);
    args[0] = dst;
    args[1] = prog_str(e);
    for (int i = 0; i < na; i++) args[i + 2] = arrs[i];
    lw_emit(l, lw_expr_stmt(l, lw_intrin(l, sp, ty(TY_NONE), IN_ARRAY_BCAST_ASSIGN, na + 2, args)));
  }
  for (int i = 0; i < e->n; i++) {
    Leaf *lf = &e->leaf[i];
    if (lf->v->type->kind != TY_ARRAY || lf->ast == same) continue;
    IrNode *c = ir_new(l->cx, IR_IF, sp, ty(TY_NONE));
    c->as.if_.cond = intrin(l, sp, ty(TY_BOOL), IN_ARRAY_OVERLAP, 2, dst, lf->v);
    IrList *saved = lw_enter(l, &c->as.if_.then);
    lw_assign(l, sp, lf->v, intrin(l, sp, lf->v->type, IN_ARRAY_COPY, 1, lf->v));
    l->out = saved;
    lw_emit(l, c);
  }
  for (int d = 0; d < e->ndim; d++) e->dims[d] = lw_to_temp(l, dim(l, sp, dst, d));
  flags(e, false);
  emit_arrayexpr(e, dst, value);
}

/* ---- subscripts ---- */

typedef struct Items {
  AstNode **v;
  int n, ints, slices;
} Items;

static Items items_of(Lower *l, AstNode *ix) {
  Items it = {NULL, 1, 0, 0};
  if (ix->kind == AST_TUPLE) {
    it.v = ix->as.list.data, it.n = ix->as.list.len;
  } else {
    it.v = NEWN(&l->cx->arena, AstNode *, 1);
    it.v[0] = ix;
  }
  for (int i = 0; i < it.n; i++) {
    AstNode *x = it.v[i];
    if (x->kind == AST_SLICE) it.slices++;
    else if (x->kind != AST_NONE && x->kind != AST_ATTR) it.ints++;
  }
  return it;
}

static bool is_newaxis(AstNode *x) { return x->kind == AST_NONE || x->kind == AST_ATTR; }

/* a[items] as a view: ARRAY_SLICE(a, kind, flags, start, stop, step, ...) */
static IrNode *view(Lower *l, Span sp, IrNode *a, Items *it, Type *t) {
  IrNode **args = NEWN(&l->cx->arena, IrNode *, 5 * it->n + 1);
  args[0] = a;
  for (int i = 0; i < it->n; i++) {
    AstNode *x = it->v[i];
    IrNode **g = args + 1 + 5 * i;
    int kind = 0, flags = 0;
    g[2] = g[3] = i64(l, sp, 0);
    g[4] = i64(l, sp, 1);
    if (x->kind == AST_SLICE) {
      kind = 1;
      if (x->as.slice.lo) g[2] = lw_cast(l, lower_pure(l, x->as.slice.lo), ty(TY_I64));
      else flags |= KR_SLICE_NO_START;
      if (x->as.slice.hi) g[3] = lw_cast(l, lower_pure(l, x->as.slice.hi), ty(TY_I64));
      else flags |= KR_SLICE_NO_STOP;
      if (x->as.slice.step) g[4] = lw_cast(l, lower_pure(l, x->as.slice.step), ty(TY_I64));
    } else if (is_newaxis(x)) {
      kind = 2;
    } else {
      g[2] = lw_cast(l, lower_pure(l, x), ty(TY_I64));
    }
    g[0] = i64(l, sp, kind);
    g[1] = i64(l, sp, flags);
  }
  return lw_to_temp(l, lw_intrin(l, sp, t, IN_ARRAY_SLICE, 5 * it->n + 1, args));
}

/* The checked element a[i, j, ...] (all axes indexed by integers). */
static IrNode *item(Lower *l, Span sp, IrNode *a, Items *it) {
  IrNode *idx[KRAIT_MAXDIM];
  IrNode *raw[KRAIT_MAXDIM];
  for (int k = 0; k < it->n; k++) raw[k] = lw_cast(l, lower_pure(l, it->v[k]), ty(TY_I64));
  for (int k = 0; k < it->n; k++)
    idx[k] = lw_to_temp(l, intrin(l, sp, ty(TY_I64), IN_ARRAY_INDEX, 3, a, i64(l, sp, k), raw[k]));
  return element(l, sp, a, idx);
}

IrNode *lower_array_subscript(Lower *l, AstNode *n) {
  IrNode *a = lw_reusable(l, lower_pure(l, n->as.sub.value));
  Items it = items_of(l, n->as.sub.index);
  if (n->type->kind != TY_ARRAY) return item(l, n->span, a, &it);
  return view(l, n->span, a, &it, n->type);
}

/* target[...] = value for an array target. */
void lower_array_store(Lower *l, AstNode *target, AstNode *value, IrNode *pre) {
  Span sp = target->span;
  IrNode *a = lw_reusable(l, lower_pure(l, target->as.sub.value));
  Items it = items_of(l, target->as.sub.index);
  if (target->type->kind != TY_ARRAY) {
    IrNode *v = pre ? pre : lower_pure(l, value);
    IrNode *dst = item(l, sp, a, &it);
    lw_assign(l, sp, dst, lw_cast(l, v, dst->type));
    return;
  }
  AstNode *holder = value;
  if (pre) {   /* a stand-in node for the already lowered value */
    holder = NEW(&l->cx->arena, AstNode);
    holder->kind = AST_NONE;
    holder->span = sp;
    holder->type = pre->type;
  }
  assign_into(l, sp, view(l, sp, a, &it, target->type), holder, NULL, pre);
}

/* a op= value in place (a a name or a view expression). */
void lower_array_augassign(Lower *l, AstNode *s) {
  AstNode *t = s->as.aug.target;
  AstNode fake = {.kind = AST_BINOP, .span = s->span, .type = t->type};
  fake.as.bin.op = s->as.aug.op;
  fake.as.bin.lhs = t;
  fake.as.bin.rhs = s->as.aug.value;
  AstNode *bin = NEW(&l->cx->arena, AstNode);
  *bin = fake;
  IrNode *dst = lw_to_temp(l, lower_pure(l, t));
  /* the target is read through its own temp: mark it as that leaf */
  Ew *e = NEW(&l->cx->scratch, Ew);
  e->l = l, e->sp = s->span;
  e->leaf[0].ast = t;
  e->leaf[0].v = dst;
  e->n = 1;
  prog_put(e, 'a');
  collect(e, s->as.aug.value);
  prog_put(e, 'd'); /* numpy: np.add(t, value, out=t), three operands */
  prog_put(e, '3');
  e->ndim = dst->type->ndim;
  IrNode *arrs[64];
  int na = array_leaves(e, arrs);
  IrNode **args = NEWN(&l->cx->arena, IrNode *, na + 2);
  args[0] = dst;
  args[1] = prog_str(e);
  for (int i = 0; i < na; i++) args[i + 2] = arrs[i];
  lw_emit(l, lw_expr_stmt(l, lw_intrin(l, s->span, ty(TY_NONE), IN_ARRAY_BCAST_ASSIGN, na + 2, args)));
  for (int i = 1; i < e->n; i++) {
    Leaf *lf = &e->leaf[i];
    if (lf->v->type->kind != TY_ARRAY) continue;
    IrNode *c = ir_new(l->cx, IR_IF, s->span, ty(TY_NONE));
    c->as.if_.cond = intrin(l, s->span, ty(TY_BOOL), IN_ARRAY_OVERLAP, 2, dst, lf->v);
    IrList *saved = lw_enter(l, &c->as.if_.then);
    lw_assign(l, s->span, lf->v, intrin(l, s->span, lf->v->type, IN_ARRAY_COPY, 1, lf->v));
    l->out = saved;
    lw_emit(l, c);
  }
  for (int d = 0; d < e->ndim; d++) e->dims[d] = lw_to_temp(l, dim(l, s->span, dst, d));
  flags(e, false);
  e->leaf[0].flag[0] = NULL;
  for (int d = 0; d < e->ndim; d++) e->leaf[0].flag[d] = NULL;  /* dst itself never broadcasts */
  emit_arrayexpr(e, dst, bin);
}

/* ---- attributes, len, iteration ---- */

/* numpy's name of a dtype: float64, int32, bool, ... */
static const char *np_dtype_name(Type *t) {
  switch (t->kind) {
  case TY_BOOL: return "bool";
  case TY_I8: return "int8";
  case TY_I16: return "int16";
  case TY_I32: return "int32";
  case TY_I64: return "int64";
  case TY_U8: return "uint8";
  case TY_U16: return "uint16";
  case TY_U32: return "uint32";
  case TY_U64: return "uint64";
  case TY_F32: return "float32";
  case TY_C64: return "complex64";
  case TY_C128: return "complex128";
  default: return "float64";
  }
}

IrNode *lower_array_attr(Lower *l, AstNode *n, IrNode *a) {
  const char *an = n->as.attr.name;
  Span sp = n->span;
  if (!strcmp(an, "ndim")) return i64(l, sp, a->type->ndim);
  if (!strcmp(an, "size")) return intrin(l, sp, ty(TY_I64), IN_ARRAY_SIZE, 1, a);
  if (!strcmp(an, "dtype")) {
    return lw_str(l, sp, np_dtype_name(a->type->elem));
  }
  if (!strcmp(an, "T")) return lw_to_temp(l, intrin(l, sp, n->type, IN_ARRAY_TRANSPOSE, 1, a));
  IrNode **elts = NEWN(&l->cx->arena, IrNode *, a->type->ndim + 1);
  for (int k = 0; k < a->type->ndim; k++) elts[k] = dim(l, sp, a, k);
  return lw_tuple(l, sp, elts, a->type->ndim);
}

IrNode *lower_array_len(Lower *l, Span sp, IrNode *a) { return dim(l, sp, a, 0); }

/* Item k of a for-loop over an array: an element of a 1-D array, a row
 * view of a higher one. */
IrNode *lower_array_item(Lower *l, Span sp, IrNode *a, IrNode *k) {
  if (a->type->ndim == 1) {
    IrNode *idx[1] = {k};
    return element(l, sp, a, idx);
  }
  Type *t = type_array(l->cx, a->type->elem, a->type->ndim - 1, a->type->contig);
  IrNode *args[6] = {a, i64(l, sp, 0), i64(l, sp, 0), k, i64(l, sp, 0), i64(l, sp, 1)};
  return lw_to_temp(l, lw_intrin(l, sp, t, IN_ARRAY_SLICE, 6, args));
}

/* ---- creation ---- */

/* The dimensions of a shape argument: an int or a tuple. */
static int shape_dims(Lower *l, AstNode *shape, IrNode **dims) {
  IrNode *v = lower_pure(l, shape);
  if (v->type->kind != TY_TUPLE) {
    dims[0] = lw_to_temp(l, lw_cast(l, v, ty(TY_I64)));
    return 1;
  }
  v = lw_reusable(l, v);
  for (int k = 0; k < v->type->nelts; k++)
    dims[k] = lw_to_temp(l, lw_cast(l, lw_field(l, shape->span, v, k), ty(TY_I64)));
  return v->type->nelts;
}

/* Every element of a (fresh, C-contiguous) array = value. */
static void fill(Lower *l, Span sp, IrNode *a, IrNode *value) {
  IrNode *dims[KRAIT_MAXDIM], *iv[KRAIT_MAXDIM];
  for (int d = 0; d < a->type->ndim; d++) dims[d] = lw_to_temp(l, dim(l, sp, a, d));
  IrNode *v = lw_reusable(l, lw_cast(l, value, a->type->elem));
  IrList *saved = l->out;
  nest(l, sp, dims, a->type->ndim, iv);
  lw_assign(l, sp, element(l, sp, a, iv), v);
  l->out = saved;
}

static IrNode *new_array(Lower *l, Span sp, Type *t, IrNode **dims, bool zero) {
  IrNode *e = lw_intrin(l, sp, t, zero ? IN_ARRAY_ZEROS : IN_ARRAY_NEW, t->ndim, dims);
  return lw_to_temp(l, e);
}

static IrNode *create(Lower *l, AstNode *n, CallInfo *ci) {
  Span sp = n->span;
  IrNode *dims[KRAIT_MAXDIM];
  Builtin b = ci->builtin;
  bool like = b == B_NP_ZEROS_LIKE || b == B_NP_ONES_LIKE || b == B_NP_EMPTY_LIKE ||
              b == B_NP_FULL_LIKE;
  if (like) {
    IrNode *a = lw_reusable(l, lower_pure(l, ci->args[0]));
    for (int d = 0; d < a->type->ndim; d++) dims[d] = lw_to_temp(l, dim(l, sp, a, d));
  } else {
    shape_dims(l, ci->args[0], dims);
  }
  IrNode *value = NULL;
  if (b == B_NP_FULL || b == B_NP_FULL_LIKE) value = lower_pure(l, ci->args[1]);
  if (b == B_NP_ONES || b == B_NP_ONES_LIKE) value = i64(l, sp, 1);
  bool zero = b == B_NP_ZEROS || b == B_NP_ZEROS_LIKE;
  IrNode *a = new_array(l, sp, n->type, dims, zero);
  if (value) fill(l, sp, a, value);
  return a;
}

static IrNode *arange(Lower *l, AstNode *n, CallInfo *ci) {
  Span sp = n->span;
  IrNode *v[3];
  lower_seq(l, ci->args, ci->nargs, v);
  bool ints = true;
  for (int i = 0; i < ci->nargs; i++) ints &= type_is_int(v[i]->type) || v[i]->type->kind == TY_BOOL;
  Type *w = ints ? ty(TY_I64) : ty(TY_F64);
  IrNode *lo = ci->nargs > 1 ? v[0] : ir_const_int(l->cx, sp, ty(TY_I64), 0);
  IrNode *hi = ci->nargs > 1 ? v[1] : v[0];
  IrNode *st = ci->nargs > 2 ? v[2] : ir_const_int(l->cx, sp, ty(TY_I64), 1);
  Type *at = type_array(l->cx, w, 1, false);
  IrNode *r = lw_to_temp(l, intrin(l, sp, at, ints ? IN_ARRAY_ARANGE_I64 : IN_ARRAY_ARANGE_F64, 3,
                                   lw_cast(l, lo, w), lw_cast(l, hi, w), lw_cast(l, st, w)));
  if (at == n->type) return r;
  return lw_to_temp(l, intrin(l, sp, n->type, IN_ARRAY_ASTYPE, 1, r));
}

static AstNode *kwarg(AstNode *n, const char *name) {
  for (int k = 0; k < n->as.call.nkws; k++)
    if (!strcmp(n->as.call.kws[k].name, name)) return n->as.call.kws[k].value;
  return NULL;
}

static IrNode *linspace(Lower *l, AstNode *n, CallInfo *ci) {
  Span sp = n->span;
  IrNode *v[3];
  lower_seq(l, ci->args, ci->nargs, v);
  AstNode *num = kwarg(n, "num"), *ep = kwarg(n, "endpoint");
  IrNode *cnt = ci->nargs > 2 ? v[2] : num ? lower_pure(l, num) : i64(l, sp, 50);
  IrNode *end = ep ? lw_truth(l, lower_pure(l, ep)) : lw_bool(l, sp, true);
  Type *f = ty(TY_F64), *at = type_array(l->cx, f, 1, false);
  IrNode *r = lw_to_temp(l, intrin(l, sp, at, IN_ARRAY_LINSPACE, 4, lw_cast(l, v[0], f),
                                   lw_cast(l, v[1], f), lw_cast(l, cnt, ty(TY_I64)), end));
  if (at == n->type) return r;
  return lw_to_temp(l, intrin(l, sp, n->type, IN_ARRAY_ASTYPE, 1, r));
}

/* np.array(list) for 1-D and 2-D (rectangular) lists. */
static IrNode *from_list(Lower *l, AstNode *n, CallInfo *ci) {
  Span sp = n->span;
  IrNode *lst = lw_to_temp(l, lower_pure(l, ci->args[0]));
  Type *t = n->type;
  if (t->ndim > 2) {
    diag_error(l->cx, sp, "np.array() of lists nested more than twice is not supported yet");
    return ir_new(l->cx, IR_CONST, sp, t);
  }
  IrNode *dims[2], *iv[2];
  dims[0] = lw_to_temp(l, intrin(l, sp, ty(TY_I64), IN_LIST_LEN, 1, lst));
  if (t->ndim == 2) {
    IrNode *c = lw_cmp(l, sp, CMP_GT, dims[0], i64(l, sp, 0));
    IrNode *row0 = ir_new(l->cx, IR_INDEX, sp, lst->type->elem);
    row0->as.index.base = lst;
    row0->as.index.index = i64(l, sp, 0);
    IrVar *n1 = lw_temp(l, ty(TY_I64), sp);
    lw_assign(l, sp, lw_var(l, n1, sp), i64(l, sp, 0));
    IrNode *ifn = ir_new(l->cx, IR_IF, sp, ty(TY_NONE));
    ifn->as.if_.cond = c;
    IrList *saved = lw_enter(l, &ifn->as.if_.then);
    lw_assign(l, sp, lw_var(l, n1, sp), intrin(l, sp, ty(TY_I64), IN_LIST_LEN, 1, row0));
    l->out = saved;
    lw_emit(l, ifn);
    dims[1] = lw_var(l, n1, sp);
  }
  IrNode *a = new_array(l, sp, t, dims, false);
  IrList *saved = l->out;
  nest(l, sp, dims, 1, iv);
  IrNode *x = ir_new(l->cx, IR_INDEX, sp, lst->type->elem);
  x->as.index.base = lst;
  x->as.index.index = iv[0];
  if (t->ndim == 2) {
    IrNode *row = lw_to_temp(l, x);
    IrNode *bad = lw_cmp(l, sp, CMP_NE, intrin(l, sp, ty(TY_I64), IN_LIST_LEN, 1, row), dims[1]);
    lw_raise_if(l, sp, bad, EXC_VALUE_ERROR,
                "setting an array element with a sequence. The requested array has an "
                "inhomogeneous shape after 1 dimensions. The detected shape was (N,) + "
                "inhomogeneous part.");
    IrList *inner = l->out;
    nest(l, sp, dims + 1, 1, iv + 1);
    IrNode *y = ir_new(l->cx, IR_INDEX, sp, row->type->elem);
    y->as.index.base = row;
    y->as.index.index = iv[1];
    lw_assign(l, sp, element(l, sp, a, iv), lw_cast(l, y, t->elem));
    l->out = inner;
  } else {
    lw_assign(l, sp, element(l, sp, a, iv), lw_cast(l, x, t->elem));
  }
  l->out = saved;
  return a;
}

/* ---- reductions ---- */

typedef enum {
  R_SUM, R_PROD, R_MIN, R_MAX, R_MEAN, R_ANY, R_ALL, R_ARGMIN, R_ARGMAX, R_VAR, R_STD,
  R_CUMSUM, R_CUMPROD
} RedOp;

static RedOp red_of(Builtin b) {
  switch (b) {
  case B_NP_ARGMIN: return R_ARGMIN;
  case B_NP_ARGMAX: return R_ARGMAX;
  case B_NP_VAR: return R_VAR;
  case B_NP_STD: return R_STD;
  case B_NP_CUMSUM: return R_CUMSUM;
  case B_NP_CUMPROD: return R_CUMPROD;
  case B_NP_SUM: return R_SUM;
  case B_NP_PROD: return R_PROD;
  case B_NP_MIN: case B_NP_AMIN: return R_MIN;
  case B_NP_MAX: case B_NP_AMAX: return R_MAX;
  case B_NP_MEAN: return R_MEAN;
  case B_NP_ANY: return R_ANY;
  default: return R_ALL;
  }
}

/* Does x replace the best so far in argmin/argmax? numpy: the first
 * occurrence wins, and a NaN beats any number. */
static IrNode *arg_better(Lower *l, Span sp, bool is_min, IrNode *x, IrNode *best, IrNode *first) {
  IrNode *c = lw_cmp(l, sp, is_min ? CMP_LT : CMP_GT, x, best);
  if (type_is_float(x->type)) {
    IrNode *f = ty(TY_F64) == x->type ? x : lw_cast(l, x, ty(TY_F64));
    IrNode *g = ty(TY_F64) == best->type ? best : lw_cast(l, best, ty(TY_F64));
    IrNode *xn = intrin(l, sp, ty(TY_BOOL), IN_MATH_ISNAN, 1, f);
    IrNode *bn = intrin(l, sp, ty(TY_BOOL), IN_MATH_ISNAN, 1, g);
    c = lw_logic(l, sp, false, c, lw_logic(l, sp, true, xn, lw_not(l, sp, bn)));
  }
  return lw_logic(l, sp, false, first, c);
}

/* acc = acc op x for the running reductions; arg* keep the index too. */
static void accumulate(Lower *l, Span sp, Body *b, IrNode *x) {
  Type *acc_t = b->acc->type;
  IrNode *av = lw_var(l, b->acc, sp), *nv = NULL;
  switch ((RedOp)b->op) {
  case R_SUM: case R_MEAN: case R_CUMSUM:
    nv = lw_binop(l, sp, OP_ADD, av, lw_cast(l, x, acc_t), acc_t);
    break;
  case R_PROD: case R_CUMPROD: nv = lw_binop(l, sp, OP_MUL, av, lw_cast(l, x, acc_t), acc_t); break;
  case R_ANY: nv = lw_logic(l, sp, false, av, lw_truth(l, x)); break;
  case R_ALL: nv = lw_logic(l, sp, true, av, lw_truth(l, x)); break;
  case R_MIN: case R_MAX: {
    IrNode *m = minmax(l, sp, b->op == R_MIN, av, x, acc_t);
    nv = lw_choose(l, sp, lw_var(l, b->first, sp), lw_cast(l, x, acc_t), m);
    break;
  }
  case R_ARGMIN: case R_ARGMAX: {
    IrNode *c = ir_new(l->cx, IR_IF, sp, ty(TY_NONE));
    c->as.if_.cond = arg_better(l, sp, b->op == R_ARGMIN, x, av, lw_var(l, b->first, sp));
    IrList *saved = lw_enter(l, &c->as.if_.then);
    lw_assign(l, sp, av, lw_cast(l, x, acc_t));
    lw_assign(l, sp, lw_var(l, b->best, sp), lw_var(l, b->count, sp));
    l->out = saved;
    lw_emit(l, c);
    lw_assign(l, sp, lw_var(l, b->first, sp), lw_bool(l, sp, false));
    return;
  }
  case R_VAR: case R_STD: ICE("accumulate: var");
  }
  lw_assign(l, sp, av, nv);
  if (b->first) lw_assign(l, sp, lw_var(l, b->first, sp), lw_bool(l, sp, false));
}

/* The running counter of C-order positions (argmin/argmax, cumsum). */
static void count_up(Lower *l, Span sp, Body *b) {
  IrNode *k = lw_var(l, b->count, sp);
  lw_assign(l, sp, k, lw_binop(l, sp, OP_ADD, k, lw_int(l, sp, 1), ty(TY_I64)));
}

/* acc = acc op element (min/max: the first element starts it). */
static void reduce_body(Ew *e, Body *b) {
  Lower *l = e->l;
  Span sp = e->sp;
  IrNode *x = lw_reusable(l, elem(e, b->value));
  accumulate(l, sp, b, x);
  if (b->op == R_CUMSUM || b->op == R_CUMPROD) {
    IrNode *idx[1] = {lw_var(l, b->count, sp)};
    lw_assign(l, sp, element(l, sp, b->dst, idx), lw_var(l, b->acc, sp));
  }
  if (b->count) count_up(l, sp, b);
}

/* Errors of reductions over nothing (numpy's messages, runtime side). */
static void empty_check(Lower *l, Span sp, IrNode *cond, RedOp op) {
  int which = op == R_MIN ? 0 : op == R_MAX ? 1 : op == R_ARGMIN ? 2 : 3;
  IrNode *c = ir_new(l->cx, IR_IF, sp, ty(TY_NONE));
  c->as.if_.cond = cond;
  IrList *saved = lw_enter(l, &c->as.if_.then);
  lw_emit(l, lw_expr_stmt(l, intrin(l, sp, ty(TY_I64), IN_ARRAY_EMPTY_REDUCE, 1, i64(l, sp, which))));
  l->out = saved;
  lw_emit(l, c);
}

static bool needs_first(RedOp op) {
  return op == R_MIN || op == R_MAX || op == R_ARGMIN || op == R_ARGMAX;
}

/* Fresh accumulator state for one reduction. */
static void body_init(Lower *l, Span sp, Body *b, RedOp op, Type *acc_t) {
  b->op = op;
  b->acc = lw_temp(l, acc_t, sp);
  int64_t init = op == R_PROD || op == R_CUMPROD || op == R_ALL ? 1 : 0;
  lw_assign(l, sp, lw_var(l, b->acc, sp), lw_cast(l, i64(l, sp, init), acc_t));
  if (needs_first(op)) {
    b->first = lw_temp(l, ty(TY_BOOL), sp);
    lw_assign(l, sp, lw_var(l, b->first, sp), lw_bool(l, sp, true));
  }
  if (op == R_ARGMIN || op == R_ARGMAX || op == R_CUMSUM || op == R_CUMPROD) {
    b->count = lw_temp(l, ty(TY_I64), sp);
    lw_assign(l, sp, lw_var(l, b->count, sp), i64(l, sp, 0));
  }
  if (op == R_ARGMIN || op == R_ARGMAX) {
    b->best = lw_temp(l, ty(TY_I64), sp);
    lw_assign(l, sp, lw_var(l, b->best, sp), i64(l, sp, 0));
  }
}

/* The value a finished accumulator stands for. */
static IrNode *body_result(Lower *l, Span sp, Body *b, IrNode *count) {
  RedOp op = (RedOp)b->op;
  if (needs_first(op)) empty_check(l, sp, lw_var(l, b->first, sp), op);
  if (op == R_ARGMIN || op == R_ARGMAX) return lw_var(l, b->best, sp);
  if (op != R_MEAN) return lw_var(l, b->acc, sp);
  Type *t = b->acc->type;
  return lw_bind(l, lw_binop(l, sp, OP_DIV, lw_var(l, b->acc, sp), lw_cast(l, count, t), t));
}

/* np.var / np.std of a whole array, as numpy orders the sums. */
static IrNode *variance(Lower *l, AstNode *n, AstNode *arg, RedOp op) {
  Span sp = n->span;
  IrNode *a = lw_to_temp(l, lower_pure(l, arg));
  Type *f64t = ty(TY_F64);
  if (a->type->elem != f64t)
    a = lw_to_temp(l, intrin(l, sp, type_array(l->cx, f64t, a->type->ndim, false), IN_ARRAY_ASTYPE, 1, a));
  IrNode *v = lw_bind(l, intrin(l, sp, f64t, IN_ARRAY_VAR_F64, 2, a, i64(l, sp, 0)));
  if (op == R_STD) v = lw_bind(l, intrin(l, sp, f64t, IN_C_SQRT, 1, v));
  return lw_cast(l, v, n->type);
}

/* The indices of `a` for output counters o[] with r inserted at axis. */
static void insert_axis(IrNode **idx, IrNode **o, IrNode *r, int ndim, int axis) {
  for (int d = 0, j = 0; d < ndim; d++) idx[d] = d == axis ? r : o[j++];
}

/* The sum of f(x) along `axis` at output position o: pairwise along the
 * last axis as numpy does, in order along any other. f is x (mean == NULL)
 * or (x - mean)**2. */
static IrNode *axis_sum(Lower *l, Span sp, IrNode *a, IrNode **o, IrNode **dims, int axis,
                        IrNode *mean) {
  int nd = a->type->ndim;
  Type *f64t = ty(TY_F64);
  IrNode *idx[KRAIT_MAXDIM], *r[1];
  if (axis == nd - 1) {
    insert_axis(idx, o, i64(l, sp, 0), nd, axis);
    IrNode *off = element(l, sp, a, idx)->as.index.index;
    IrNode *st = stride(l, sp, a, axis);
    if (!mean) return lw_bind(l, intrin(l, sp, f64t, IN_ARRAY_ROW_SUM_F64, 4, a, off, dims[axis], st));
    return lw_bind(l, intrin(l, sp, f64t, IN_ARRAY_ROW_SQDEV_F64, 5, a, off, dims[axis], st, mean));
  }
  IrVar *acc = lw_temp(l, f64t, sp);
  lw_assign(l, sp, lw_var(l, acc, sp), ir_const_float(l->cx, sp, f64t, 0.0));
  IrList *saved = l->out;
  nest(l, sp, dims + axis, 1, r);
  insert_axis(idx, o, r[0], nd, axis);
  IrNode *x = lw_reusable(l, element(l, sp, a, idx));
  if (mean) {
    IrNode *dv = lw_reusable(l, lw_binop(l, sp, OP_SUB, x, mean, f64t));
    x = lw_binop(l, sp, OP_MUL, dv, dv, f64t);
  }
  lw_assign(l, sp, lw_var(l, acc, sp), lw_binop(l, sp, OP_ADD, lw_var(l, acc, sp), x, f64t));
  l->out = saved;
  return lw_var(l, acc, sp);
}

/* np.var / np.std along an axis in numpy's order: the mean, then the sum of
 * the squared deviations, each pairwise along the last axis. */
static IrNode *variance_axis(Lower *l, AstNode *n, IrNode *a, RedOp op, int axis) {
  Span sp = n->span;
  Type *f64t = ty(TY_F64);
  int nd = a->type->ndim;
  if (a->type->elem != f64t)
    a = lw_to_temp(l, intrin(l, sp, type_array(l->cx, f64t, nd, false), IN_ARRAY_ASTYPE, 1, a));
  IrNode *dims[KRAIT_MAXDIM], *odims[KRAIT_MAXDIM], *o[KRAIT_MAXDIM];
  for (int d = 0; d < nd; d++) dims[d] = lw_to_temp(l, dim(l, sp, a, d));
  for (int d = 0, j = 0; d < nd; d++)
    if (d != axis) odims[j++] = dims[d];
  IrNode *res = lw_to_temp(l, lw_intrin(l, sp, n->type, IN_ARRAY_NEW, nd - 1, odims));
  IrNode *cnt = lw_reusable(l, lw_cast(l, dims[axis], f64t));
  IrList *saved = l->out;
  nest(l, sp, odims, nd - 1, o);
  IrNode *mean = lw_to_temp(l, lw_binop(l, sp, OP_DIV, axis_sum(l, sp, a, o, dims, axis, NULL), cnt, f64t));
  IrNode *v = lw_binop(l, sp, OP_DIV, axis_sum(l, sp, a, o, dims, axis, mean), cnt, f64t);
  if (op == R_STD) v = intrin(l, sp, f64t, IN_C_SQRT, 1, lw_bind(l, v));
  lw_assign(l, sp, element(l, sp, res, o), lw_cast(l, lw_bind(l, v), n->type->elem));
  l->out = saved;
  return res;
}

/* A reduction along one axis of an array (cumulative ones keep the axis). */
static IrNode *reduce_axis(Lower *l, AstNode *n, AstNode *arg, RedOp op, int axis) {
  Span sp = n->span;
  IrNode *a = lw_to_temp(l, lower_pure(l, arg));
  int nd = a->type->ndim;
  bool cum = op == R_CUMSUM || op == R_CUMPROD;
  if (op == R_VAR || op == R_STD) return variance_axis(l, n, a, op, axis);
  IrNode *dims[KRAIT_MAXDIM], *odims[KRAIT_MAXDIM], *o[KRAIT_MAXDIM], *idx[KRAIT_MAXDIM];
  for (int d = 0; d < nd; d++) dims[d] = lw_to_temp(l, dim(l, sp, a, d));
  for (int d = 0, j = 0; d < nd; d++)
    if (d != axis) odims[j++] = dims[d];
  IrNode *res = lw_to_temp(l, lw_intrin(l, sp, n->type, IN_ARRAY_NEW, cum ? nd : nd - 1,
                                        cum ? dims : odims));
  Type *et = a->type->elem;
  Type *acc_t = cum ? n->type->elem : op == R_MEAN ? (type_is_float(et) ? et : ty(TY_F64))
                                                   : n->type->elem;
  if (op == R_ARGMIN || op == R_ARGMAX) acc_t = et;
  IrList *saved = l->out;
  nest(l, sp, odims, nd - 1, o);
  IrNode *out;
  if ((op == R_SUM || op == R_MEAN) && et->kind == TY_F64 && axis == nd - 1) {
    /* numpy sums along the last axis pairwise */
    IrNode *z = i64(l, sp, 0);
    insert_axis(idx, o, z, nd, axis);
    IrNode *row = element(l, sp, a, idx);
    IrNode *s = intrin(l, sp, et, IN_ARRAY_ROW_SUM_F64, 4, a, row->as.index.index, dims[axis],
                       stride(l, sp, a, axis));
    out = lw_bind(l, s);
    if (op == R_MEAN) out = lw_binop(l, sp, OP_DIV, out, lw_cast(l, dims[axis], et), et);
  } else {
    Body b = {0};
    body_init(l, sp, &b, op, acc_t);
    IrNode *r[1];
    IrList *mid = l->out;
    nest(l, sp, dims + axis, 1, r);
    insert_axis(idx, o, r[0], nd, axis);
    if (b.count) lw_assign(l, sp, lw_var(l, b.count, sp), r[0]);
    accumulate(l, sp, &b, lw_reusable(l, element(l, sp, a, idx)));
    if (cum) lw_assign(l, sp, element(l, sp, res, idx), lw_var(l, b.acc, sp));
    l->out = mid;
    out = cum ? NULL : body_result(l, sp, &b, dims[axis]);
  }
  if (out) lw_assign(l, sp, element(l, sp, res, o), lw_cast(l, out, n->type->elem));
  l->out = saved;
  return res;
}

static IrNode *reduce(Lower *l, AstNode *n, AstNode *arg, RedOp op, int axis) {
  Span sp = n->span;
  Type *rt = n->type;
  bool cum = op == R_CUMSUM || op == R_CUMPROD;
  if (arg->type->kind != TY_ARRAY) {   /* np.sum(3.0) */
    IrNode *v = lower_pure(l, arg);
    if (op == R_ANY || op == R_ALL) return lw_truth(l, v);
    if (op == R_ARGMIN || op == R_ARGMAX) return i64(l, sp, 0);
    if (op == R_VAR || op == R_STD) return lw_cast(l, lw_int(l, sp, 0), rt);
    if (cum) {
      IrNode *d[1] = {i64(l, sp, 1)};
      IrNode *res = new_array(l, sp, rt, d, false);
      IrNode *z[1] = {i64(l, sp, 0)};
      lw_assign(l, sp, element(l, sp, res, z), lw_cast(l, v, rt->elem));
      return res;
    }
    return lw_cast(l, v, rt);
  }
  if (axis >= 0 && (arg->type->ndim > 1 || cum)) return reduce_axis(l, n, arg, op, axis);
  if (op == R_VAR || op == R_STD) return variance(l, n, arg, op);
  Type *et = arg->type->elem;
  if ((op == R_SUM || op == R_MEAN) && type_is_float(et) && !fused(arg)) {
    IrNode *a = lw_reusable(l, lower_pure(l, arg));
    IrNode *s = intrin(l, sp, et, et->kind == TY_F64 ? IN_ARRAY_SUM_F64 : IN_ARRAY_SUM_F32, 1, a);
    if (op == R_SUM) return lw_bind(l, s);
    IrNode *cnt = lw_cast(l, intrin(l, sp, ty(TY_I64), IN_ARRAY_SIZE, 1, a), et);
    return lw_bind(l, lw_binop(l, sp, OP_DIV, lw_bind(l, s), cnt, et));
  }
  Ew *e = NEW(&l->cx->scratch, Ew);
  e->l = l, e->sp = sp;
  collect(e, arg);
  e->ndim = arg->type->ndim;
  result_dims(e);
  Type *acc_t = op == R_MEAN ? (type_is_float(et) ? et : ty(TY_F64))
                : cum ? rt->elem : (op == R_ARGMIN || op == R_ARGMAX) ? et : rt;
  Body b = {.run = reduce_body, .value = arg};
  body_init(l, sp, &b, op, acc_t);
  IrNode *cnt = ir_const_int(l->cx, sp, ty(TY_I64), 1);
  for (int d = 0; d < e->ndim; d++) cnt = lw_binop(l, sp, OP_MUL, cnt, e->dims[d], ty(TY_I64));
  if (cum) {
    IrNode *d[1] = {lw_to_temp(l, cnt)};
    b.dst = new_array(l, sp, rt, d, false);
  }
  ew_nest(e, &b);
  if (cum) return b.dst;
  return body_result(l, sp, &b, cnt);
}

/* a @ b, np.dot(a, b) with a 2-D operand: the runtime (CBLAS for float64) */
static IrNode *matmul(Lower *l, AstNode *n, AstNode *x, AstNode *y, bool is_dot) {
  AstNode *xs[2] = {x, y};
  IrNode *v[2];
  lower_seq(l, xs, 2, v);
  IrNode *r = intrin(l, n->span, n->type, IN_ARRAY_MATMUL, 3, v[0], v[1], i64(l, n->span, is_dot));
  return lw_to_temp(l, r);
}

IrNode *lower_matmul(Lower *l, AstNode *n) {
  if (n->type->kind != TY_ARRAY) {   /* 1-D @ 1-D: the inner product */
    AstNode *prod = NEW(&l->cx->arena, AstNode);
    prod->kind = AST_BINOP;
    prod->span = n->span;
    prod->type = type_array(l->cx, n->type, 1, false);
    prod->as.bin.op = OP_MUL;
    prod->as.bin.lhs = n->as.bin.lhs;
    prod->as.bin.rhs = n->as.bin.rhs;
    return reduce(l, n, prod, R_SUM, -1);
  }
  return matmul(l, n, n->as.bin.lhs, n->as.bin.rhs, false);
}

static IrNode *dot(Lower *l, AstNode *n, CallInfo *ci) {
  if (n->type->kind == TY_ARRAY) return matmul(l, n, ci->args[0], ci->args[1], true);
  /* np.dot(a, b) of 1-D arrays is sum(a * b) with numpy's shape check */
  AstNode *prod = NEW(&l->cx->arena, AstNode);
  prod->kind = AST_BINOP;
  prod->span = n->span;
  prod->type = type_array(l->cx, n->type, 1, false);
  prod->as.bin.op = OP_MUL;
  prod->as.bin.lhs = ci->args[0];
  prod->as.bin.rhs = ci->args[1];
  return reduce(l, n, prod, R_SUM, -1);
}

/* np.outer(a, b): out[i, j] = a.ravel()[i] * b.ravel()[j] */
static IrNode *outer(Lower *l, AstNode *n, CallInfo *ci) {
  Span sp = n->span;
  IrNode *v[2];
  lower_seq(l, ci->args, 2, v);
  IrNode *a = lw_to_temp(l, intrin(l, sp, type_array(l->cx, v[0]->type->elem, 1, false),
                                   IN_ARRAY_RAVEL, 1, v[0]));
  IrNode *b = lw_to_temp(l, intrin(l, sp, type_array(l->cx, v[1]->type->elem, 1, false),
                                   IN_ARRAY_RAVEL, 1, v[1]));
  IrNode *dims[2] = {lw_to_temp(l, dim(l, sp, a, 0)), lw_to_temp(l, dim(l, sp, b, 0))}, *iv[2];
  IrNode *res = new_array(l, sp, n->type, dims, false);
  IrList *saved = l->out;
  nest(l, sp, dims, 2, iv);
  Type *t = n->type->elem;
  IrNode *x = lw_cast(l, element(l, sp, a, iv), t), *y = lw_cast(l, element(l, sp, b, iv + 1), t);
  lw_assign(l, sp, element(l, sp, res, iv), np_arith(l, sp, OP_MUL, x, y, t));
  l->out = saved;
  return res;
}

/* np.linalg.norm(x): the 2-norm of a vector, the Frobenius norm of a matrix. */
static IrNode *norm(Lower *l, AstNode *n, CallInfo *ci) {
  AstNode *sq = NEW(&l->cx->arena, AstNode);
  AstNode *x = ci->args[0];
  sq->kind = AST_BINOP;
  sq->span = n->span;
  sq->type = type_array(l->cx, n->type, x->type->ndim, false);
  sq->as.bin.op = OP_MUL;
  sq->as.bin.lhs = x;
  sq->as.bin.rhs = x;
  IrNode *s = reduce(l, n, sq, R_SUM, -1);
  return lw_bind(l, intrin(l, n->span, n->type, n->type->kind == TY_F32 ? IN_C_SQRT : IN_C_SQRT, 1,
                           lw_cast(l, s, ty(TY_F64))));
}

/* A numpy function call. */
IrNode *lower_np_call(Lower *l, AstNode *n, CallInfo *ci) {
  Span sp = n->span;
  Builtin b = ci->builtin;
  switch (b) {
  case B_NP_ZEROS: case B_NP_ONES: case B_NP_EMPTY: case B_NP_FULL: case B_NP_ZEROS_LIKE:
  case B_NP_ONES_LIKE: case B_NP_EMPTY_LIKE: case B_NP_FULL_LIKE:
    return create(l, n, ci);
  case B_NP_ARANGE: return arange(l, n, ci);
  case B_NP_LINSPACE: return linspace(l, n, ci);
  case B_NP_EYE: {
    IrNode *k = lw_cast(l, lower_pure(l, ci->args[0]), ty(TY_I64));
    return lw_to_temp(l, intrin(l, sp, n->type, IN_ARRAY_EYE, 1, k));
  }
  case B_NP_ARRAY: return from_list(l, n, ci);
  case B_NP_COPY: case B_NP_TRANSPOSE: case B_NP_RAVEL: {
    IrNode *a = lower_pure(l, ci->args[0]);
    Intrinsic in = b == B_NP_COPY ? IN_ARRAY_COPY : b == B_NP_RAVEL ? IN_ARRAY_RAVEL
                                                                   : IN_ARRAY_TRANSPOSE;
    return lw_to_temp(l, intrin(l, sp, n->type, in, 1, a));
  }
  case B_NP_RESHAPE: {
    IrNode *a = lower_pure(l, ci->args[0]);
    IrNode *dims[KRAIT_MAXDIM + 1];
    int nd = shape_dims(l, ci->args[1], dims + 1);
    dims[0] = a;
    return lw_to_temp(l, lw_intrin(l, sp, n->type, IN_ARRAY_RESHAPE, nd + 1, dims));
  }
  case B_NP_SUM: case B_NP_PROD: case B_NP_MIN: case B_NP_MAX: case B_NP_AMIN: case B_NP_AMAX:
  case B_NP_MEAN: case B_NP_ANY: case B_NP_ALL: case B_NP_ARGMIN: case B_NP_ARGMAX: case B_NP_STD:
  case B_NP_VAR: case B_NP_CUMSUM: case B_NP_CUMPROD:
    return reduce(l, n, ci->args[0], red_of(b), ci->axis);
  case B_NP_DOT: return dot(l, n, ci);
  case B_NP_OUTER: return outer(l, n, ci);
  case B_NP_NORM: return norm(l, n, ci);
  case B_NP_SORT: case B_NP_ARGSORT:
    return lw_to_temp(l, intrin(l, sp, n->type, b == B_NP_SORT ? IN_ARRAY_SORT : IN_ARRAY_ARGSORT,
                                1, lower_pure(l, ci->args[0])));
  case B_NP_CONCATENATE: case B_NP_STACK: {
    AstNode *seq = ci->args[0];
    int k = seq->as.list.len;
    IrNode **args = NEWN(&l->cx->arena, IrNode *, k + 1);
    args[0] = i64(l, sp, ci->axis);
    lower_seq(l, seq->as.list.data, k, args + 1);
    for (int i = 1; b == B_NP_STACK && i <= k; i++) {   /* a length-1 axis, then concatenate */
      IrNode **g = NEWN(&l->cx->arena, IrNode *, 5 * (ci->axis + 1) + 1);
      g[0] = args[i];
      for (int d = 0; d <= ci->axis; d++) {
        IrNode **it = g + 1 + 5 * d;
        it[0] = i64(l, sp, d == ci->axis ? 2 : 1);
        it[1] = i64(l, sp, d == ci->axis ? 0 : KR_SLICE_NO_START | KR_SLICE_NO_STOP);
        it[2] = i64(l, sp, 0), it[3] = i64(l, sp, 0), it[4] = i64(l, sp, 1);
      }
      Type *vt = type_array(l->cx, args[i]->type->elem, args[i]->type->ndim + 1, false);
      args[i] = lw_to_temp(l, lw_intrin(l, sp, vt, IN_ARRAY_SLICE, 5 * (ci->axis + 1) + 1, g));
    }
    return lw_to_temp(l, lw_intrin(l, sp, n->type, IN_ARRAY_CONCAT, k + 1, args));
  }
  default:
    return lower_array_expr(l, n);   /* ufuncs */
  }
}

/* A method of an array. */
IrNode *lower_np_method(Lower *l, AstNode *n, CallInfo *ci) {
  Span sp = n->span;
  switch (ci->method) {
  case M_ARR_SUM: case M_ARR_PROD: case M_ARR_MIN: case M_ARR_MAX: case M_ARR_MEAN:
  case M_ARR_ANY: case M_ARR_ALL: case M_ARR_ARGMIN: case M_ARR_ARGMAX: case M_ARR_STD:
  case M_ARR_VAR: case M_ARR_CUMSUM: case M_ARR_CUMPROD:
    return reduce(l, n, ci->recv, red_of(sema_array_method_builtin(ci->method)), ci->axis);
  default:
    break;
  }
  IrNode *a = lw_reusable(l, lower_pure(l, ci->recv));
  switch (ci->method) {
  case M_ARR_COPY: return lw_to_temp(l, intrin(l, sp, n->type, IN_ARRAY_COPY, 1, a));
  case M_ARR_RAVEL: return lw_to_temp(l, intrin(l, sp, n->type, IN_ARRAY_RAVEL, 1, a));
  case M_ARR_TRANSPOSE: return lw_to_temp(l, intrin(l, sp, n->type, IN_ARRAY_TRANSPOSE, 1, a));
  case M_ARR_ASTYPE: return lw_to_temp(l, intrin(l, sp, n->type, IN_ARRAY_ASTYPE, 1, a));
  case M_ARR_ARGSORT: return lw_to_temp(l, intrin(l, sp, n->type, IN_ARRAY_ARGSORT, 1, a));
  case M_ARR_FLATTEN: {
    IrNode *c = lw_to_temp(l, intrin(l, sp, a->type, IN_ARRAY_COPY, 1, a));
    return lw_to_temp(l, intrin(l, sp, n->type, IN_ARRAY_RAVEL, 1, c));
  }
  case M_ARR_FILL:
    fill(l, sp, a, lower_pure(l, ci->args[0]));
    return lw_none(l, sp);
  case M_ARR_RESHAPE: {
    IrNode *dims[KRAIT_MAXDIM + 1];
    int nd;
    if (ci->nargs == 1) {
      nd = shape_dims(l, ci->args[0], dims + 1);
    } else {
      nd = ci->nargs;
      for (int k = 0; k < nd; k++) dims[k + 1] = lw_cast(l, lower_pure(l, ci->args[k]), ty(TY_I64));
    }
    dims[0] = a;
    return lw_to_temp(l, lw_intrin(l, sp, n->type, IN_ARRAY_RESHAPE, nd + 1, dims));
  }
  default:
    break;
  }
  ICE("array method %s", method_names[ci->method]);
}
