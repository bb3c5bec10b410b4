/* ir/passes.c — THE ordered pass list, and the passes that are small
 * enough to live with it. Each pass takes the module and the context and
 * keeps no state of its own between calls; its scratch memory goes in
 * cx->scratch, which is reset after every pass. In debug builds ir_verify
 * checks the invariants of ir.h after lowering and after every pass.
 *
 * Expression nodes may be shared between several parents (lowering reuses
 * pure operands such as a list variable read twice), so passes replace a
 * child by storing into its parent's slot and never rewrite a node in place. */
#include <math.h>
#include <string.h>

#include "ir.h"

static void pass_fold(Ctx *cx, IrModule *m);
static void pass_dce(Ctx *cx, IrModule *m);

typedef struct Pass {
  const char *name;   /* for --dump-after=NAME */
  void (*run)(Ctx *cx, IrModule *m);
} Pass;

/* THE ordered pass list. */
static const Pass passes[] = {
    {"fuse", pass_fuse},       /* array expressions -> loop nests (pass_fuse.c) */
    {"par", pass_par},         /* prange: reductions, private variables, races (pass_par.c) */
    {"fold", pass_fold},
    {"dce", pass_dce},
    {"bounds", pass_bounds},   /* loop versioning of list index checks */
};

static void verify(Ctx *cx, IrModule *m) {
#ifndef NDEBUG
  ir_verify(cx, m);
#else
  (void)cx, (void)m;
#endif
}

/** Run the passes in order. dump_after names a pass ("lower" for the IR as
 * lowered) after which the module is printed into dump. */
void run_passes(Ctx *cx, IrModule *m, const char *dump_after, StrBuf *dump) {
  verify(cx, m);
  if (dump_after && dump && !strcmp(dump_after, "lower")) ir_print_module(cx, m, dump);
  for (size_t i = 0; i < sizeof passes / sizeof passes[0]; i++) {
    passes[i].run(cx, m);
    arena_reset(&cx->scratch);
    verify(cx, m);
    if (dump_after && dump && !strcmp(dump_after, passes[i].name)) ir_print_module(cx, m, dump);
  }
}

/* ------------------------------------------------------------------ */
/* Walking the IR                                                      */
/* ------------------------------------------------------------------ */

/* Called with the address of each expression child, so it can replace it. */
typedef void (*SlotFn)(IrNode **slot, void *ctx);

static void slot(IrNode **s, SlotFn fn, void *ctx) {
  if (*s) fn(s, ctx);
}

static void slots_n(IrNode **v, int n, SlotFn fn, void *ctx) {
  for (int i = 0; i < n; i++) slot(&v[i], fn, ctx);
}

static void slots_pieces(IrNode *n, SlotFn fn, void *ctx) {
  for (int i = 0; i < n->as.fmt.n; i++) {
    slot(&n->as.fmt.pieces[i].value, fn, ctx);
    slot(&n->as.fmt.pieces[i].spec, fn, ctx);
  }
}

/* The expression children of n that are read (an assigned variable is not
 * a read; the base and index of an assigned element are). */
static void each_slot(IrNode *n, SlotFn fn, void *ctx) {
  switch (n->kind) {
  case IR_CONST: case IR_VAR: case IR_BREAK: case IR_CONTINUE: return;
  case IR_BINOP: slot(&n->as.bin.lhs, fn, ctx); slot(&n->as.bin.rhs, fn, ctx); return;
  case IR_UNOP: case IR_CAST: slot(&n->as.un.operand, fn, ctx); return;
  case IR_CMP: slot(&n->as.cmp.lhs, fn, ctx); slot(&n->as.cmp.rhs, fn, ctx); return;
  case IR_LOGIC: slot(&n->as.logic.lhs, fn, ctx); slot(&n->as.logic.rhs, fn, ctx); return;
  case IR_SELECT:
    slot(&n->as.sel.cond, fn, ctx), slot(&n->as.sel.a, fn, ctx), slot(&n->as.sel.b, fn, ctx);
    return;
  case IR_CALL: slots_n(n->as.call.args, n->as.call.nargs, fn, ctx); return;
  case IR_INTRIN: slots_n(n->as.intrin.args, n->as.intrin.nargs, fn, ctx); return;
  case IR_TUPLE: case IR_LIST: slots_n(n->as.list.elts, n->as.list.n, fn, ctx); return;
  case IR_FIELD: slot(&n->as.field.base, fn, ctx); return;
  case IR_INDEX: slot(&n->as.index.base, fn, ctx); slot(&n->as.index.index, fn, ctx); return;
  case IR_STRBUILD: case IR_PRINT: slots_pieces(n, fn, ctx); return;
  case IR_ASSIGN:
    if (n->as.assign.dst->kind != IR_VAR) each_slot(n->as.assign.dst, fn, ctx);
    slot(&n->as.assign.src, fn, ctx);
    return;
  case IR_EXPR: case IR_RETURN: slot(&n->as.expr, fn, ctx); return;
  case IR_IF: slot(&n->as.if_.cond, fn, ctx); return;
  case IR_LOOP: case IR_PARLOOP:
    slot(&n->as.loop.lo, fn, ctx), slot(&n->as.loop.hi, fn, ctx), slot(&n->as.loop.step, fn, ctx);
    if (n->as.loop.nthreads) slot(&n->as.loop.nthreads, fn, ctx);
    if (n->as.loop.work) slot(&n->as.loop.work, fn, ctx);
    return;
  case IR_WHILE: slot(&n->as.while_.cond, fn, ctx); return;
  case IR_RAISE: slot(&n->as.raise.msg, fn, ctx); return;
  case IR_AELEM: case IR_ARRAYEXPR: case IR_NKINDS: return;   /* fuse runs first */
  }
}

/* Call fn on every statement of a block and of the blocks nested in it. */
typedef void (*StmtFn)(IrNode *stmt, void *ctx);

static void each_stmt(IrList *b, StmtFn fn, void *ctx) {
  for (int i = 0; i < b->len; i++) {
    IrNode *s = b->data[i];
    fn(s, ctx);
    if (s->kind == IR_IF) {
      each_stmt(&s->as.if_.then, fn, ctx);
      each_stmt(&s->as.if_.orelse, fn, ctx);
    } else if (s->kind == IR_LOOP || s->kind == IR_PARLOOP) {
      each_stmt(&s->as.loop.body, fn, ctx);
    } else if (s->kind == IR_WHILE) {
      each_stmt(&s->as.while_.body, fn, ctx);
    }
  }
}

/* Every function of the module, the init included. */
static int nfuncs(IrModule *m) { return m->funcs.len + (m->init ? 1 : 0); }
static IrFunc *func_at(IrModule *m, int i) { return i < m->funcs.len ? m->funcs.data[i] : m->init; }

/* Effects as ir.h's invariant counts them, plus state changes. */
static bool has_effects(IrNode *e) {
  if (e->kind == IR_CALL || e->kind == IR_LIST || e->kind == IR_STRBUILD) return true;
  if (e->kind == IR_INTRIN &&
      (ir_intrinsic_info(e->as.intrin.id)->flags & (IRF_RAISES | IRF_FRESH | IRF_EFFECT)))
    return true;
  return ir_has_effects(e);
}

/* ------------------------------------------------------------------ */
/* fold                                                                */
/* ------------------------------------------------------------------ */
/* Constant folding of pure scalar expressions with Python's (and the
 * runtime's) exact semantics; nothing that would raise is folded.
 *   before:  t1 = floordiv_i64(const -7, const 2)
 *            t2 = floordiv_i64(const 1, const 0)
 *            if (cmp(==, const "__main__", const "__main__")) { ... }
 *   after:   t1 = const -4
 *            t2 = floordiv_i64(const 1, const 0)      (raises at run time)
 *            if (const true) { ... }
 * Globals assigned exactly once, at the top level of the init, from a
 * constant (and nowhere else) are replaced by the constant where read:
 *   before:  N = const 100 (init) ... loop(i, const 0, var N, const 1)
 *   after:   N = const 100 (init) ... loop(i, const 0, const 100, const 1) */

static bool is_const(IrNode *e) { return e && e->kind == IR_CONST; }
static bool int_like(Type *t) { return type_is_int(t) || t->kind == TY_BOOL; }

/* v wrapped to the width and signedness of t, as C's conversion does. */
static int64_t wrap(Type *t, int64_t v) {
  if (t->kind == TY_BOOL) return v != 0;
  int bits = type_bits(t);
  if (bits >= 64) return v;
  uint64_t mask = ((uint64_t)1 << bits) - 1, u = (uint64_t)v & mask;
  if (type_is_signed(t) && (u >> (bits - 1))) u |= ~mask;
  return (int64_t)u;
}

static IrNode *mk_int(Ctx *cx, IrNode *at, Type *t, int64_t v) {
  return ir_const_int(cx, at->span, t, wrap(t, v));
}

static IrNode *mk_float(Ctx *cx, IrNode *at, Type *t, double v) {
  if (t->kind == TY_F32) v = (double)(float)v;
  return ir_const_float(cx, at->span, t, v);
}

static IrNode *mk_bool(Ctx *cx, IrNode *at, bool v) {
  return ir_const_int(cx, at->span, type_prim(TY_BOOL), v);
}

/* The numeric value of a constant as a double (for conversions). */
static double as_f64(IrNode *c) {
  if (type_is_float(c->type) || type_is_complex(c->type)) return c->as.cst.f;
  if (c->type->kind == TY_U64) return (double)(uint64_t)c->as.cst.i;
  return (double)c->as.cst.i;
}

/* CAST(const) -> const of the new type; float -> int only when exact C. */
static IrNode *fold_cast(Ctx *cx, IrNode *n, IrNode *c) {
  Type *to = n->type, *from = c->type;
  if (!type_is_numeric(to) || !type_is_numeric(from)) return n;
  if (to->kind == TY_BOOL) {
    bool nz = type_is_complex(from) ? (c->as.cst.f != 0 || c->as.cst.im != 0)
              : type_is_float(from) ? c->as.cst.f != 0 : c->as.cst.i != 0;
    return mk_bool(cx, n, nz);
  }
  if (int_like(to) && int_like(from)) return mk_int(cx, n, to, c->as.cst.i);
  if (int_like(to)) {
    double d = as_f64(c);
    if (type_is_complex(from) || !(d > -9223372036854775808.0 && d < 9223372036854775808.0))
      return n;
    return mk_int(cx, n, to, (int64_t)d);
  }
  if (type_is_float(to)) return type_is_complex(from) ? n : mk_float(cx, n, to, as_f64(c));
  IrNode *z = ir_new(cx, IR_CONST, n->span, to); /* complex */
  z->as.cst.f = as_f64(c);
  z->as.cst.im = type_is_complex(from) ? c->as.cst.im : 0.0;
  if (to->kind == TY_C64) z->as.cst.f = (float)z->as.cst.f, z->as.cst.im = (float)z->as.cst.im;
  return z;
}

static IrNode *fold_unop(Ctx *cx, IrNode *n, IrNode *c) {
  Type *t = n->type;
  UnOp op = n->as.un.op;
  if (op == UOP_NOT) return c->type->kind == TY_BOOL ? mk_bool(cx, n, !c->as.cst.i) : n;
  if (op == UOP_POS) return c->type == t ? c : n;
  if (int_like(t) && int_like(c->type)) {
    uint64_t u = (uint64_t)c->as.cst.i;
    return mk_int(cx, n, t, (int64_t)(op == UOP_NEG ? 0 - u : ~u));
  }
  if (type_is_float(t) && op == UOP_NEG) return mk_float(cx, n, t, -c->as.cst.f);
  return n;
}

static IrNode *fold_int_binop(Ctx *cx, IrNode *n, BinOp op, int64_t a, int64_t b) {
  uint64_t x = (uint64_t)a, y = (uint64_t)b;
  switch (op) {
  case OP_ADD: return mk_int(cx, n, n->type, (int64_t)(x + y));
  case OP_SUB: return mk_int(cx, n, n->type, (int64_t)(x - y));
  case OP_MUL: return mk_int(cx, n, n->type, (int64_t)(x * y));
  case OP_BITAND: return mk_int(cx, n, n->type, (int64_t)(x & y));
  case OP_BITOR: return mk_int(cx, n, n->type, (int64_t)(x | y));
  case OP_BITXOR: return mk_int(cx, n, n->type, (int64_t)(x ^ y));
  case OP_DIV: case OP_FLOORDIV: case OP_MOD: case OP_POW: case OP_MATMUL: case OP_LSHIFT:
  case OP_RSHIFT: case OP_NBINOPS:
    return n;
  }
  return n;
}

/* f32 arithmetic is done in float, as the generated C does. */
static IrNode *fold_float_binop(Ctx *cx, IrNode *n, BinOp op, double a, double b) {
  bool f32 = n->type->kind == TY_F32;
  double r;
  if (op == OP_ADD) r = f32 ? (double)((float)a + (float)b) : a + b;
  else if (op == OP_SUB) r = f32 ? (double)((float)a - (float)b) : a - b;
  else if (op == OP_MUL) r = f32 ? (double)((float)a * (float)b) : a * b;
  else if (op == OP_DIV) r = f32 ? (double)((float)a / (float)b) : a / b;
  else return n;
  return mk_float(cx, n, n->type, r);
}

static IrNode *fold_binop(Ctx *cx, IrNode *n) {
  IrNode *a = n->as.bin.lhs, *b = n->as.bin.rhs;
  if (!is_const(a) || !is_const(b) || a->type != b->type) return n;
  if (int_like(n->type)) return fold_int_binop(cx, n, n->as.bin.op, a->as.cst.i, b->as.cst.i);
  if (type_is_float(n->type))
    return fold_float_binop(cx, n, n->as.bin.op, a->as.cst.f, b->as.cst.f);
  if (n->type->kind == TY_C128 && (n->as.bin.op == OP_ADD || n->as.bin.op == OP_SUB)) {
    double s = n->as.bin.op == OP_ADD ? 1.0 : -1.0;
    IrNode *z = ir_new(cx, IR_CONST, n->span, n->type);
    z->as.cst.f = a->as.cst.f + s * b->as.cst.f;
    z->as.cst.im = a->as.cst.im + s * b->as.cst.im;
    return z;
  }
  return n;
}

static int cmp3_str(IrNode *a, IrNode *b) {
  int64_t n = a->as.cst.len < b->as.cst.len ? a->as.cst.len : b->as.cst.len;
  int c = memcmp(a->as.cst.s, b->as.cst.s, (size_t)n);
  if (c) return c < 0 ? -1 : 1;
  return a->as.cst.len < b->as.cst.len ? -1 : a->as.cst.len > b->as.cst.len;
}

static bool cmp_holds(CmpOp op, int lt, int eq, int gt) {
  switch (op) {
  case CMP_LT: return lt;
  case CMP_LE: return lt || eq;
  case CMP_GT: return gt;
  case CMP_GE: return gt || eq;
  case CMP_EQ: case CMP_IS: return eq;
  case CMP_NE: case CMP_ISNOT: return !eq;
  case CMP_IN: case CMP_NOTIN: return false;
  }
  return false;
}

/* Comparisons of constants: numbers (NaN compares false, as in C and
 * Python), unsigned 64-bit ints as unsigned, strings by bytes (UTF-8
 * order is code point order). */
static IrNode *fold_cmp(Ctx *cx, IrNode *n) {
  IrNode *a = n->as.cmp.lhs, *b = n->as.cmp.rhs;
  CmpOp op = n->as.cmp.op;
  /* x == x for an integer (not a float: NaN) is known, and C compilers
   * warn about such self-comparisons */
  if (a->kind == IR_VAR && b->kind == IR_VAR && a->as.var == b->as.var && int_like(a->type) &&
      op >= CMP_LT && op <= CMP_NE)
    return mk_bool(cx, n, cmp_holds(op, 0, 1, 0));
  if (!is_const(a) || !is_const(b) || a->type != b->type || op == CMP_IN || op == CMP_NOTIN)
    return n;
  Type *t = a->type;
  int lt, eq, gt;
  if (t->kind == TY_STR) {
    int c = cmp3_str(a, b);
    lt = c < 0, eq = c == 0, gt = c > 0;
  } else if (t->kind == TY_U64) {
    uint64_t x = (uint64_t)a->as.cst.i, y = (uint64_t)b->as.cst.i;
    lt = x < y, eq = x == y, gt = x > y;
  } else if (int_like(t)) {
    lt = a->as.cst.i < b->as.cst.i, eq = a->as.cst.i == b->as.cst.i, gt = a->as.cst.i > b->as.cst.i;
  } else if (type_is_float(t)) {
    double x = a->as.cst.f, y = b->as.cst.f;
    lt = x < y, eq = x == y, gt = x > y;
  } else if (type_is_complex(t) && (op == CMP_EQ || op == CMP_NE)) {
    lt = gt = 0;
    eq = a->as.cst.f == b->as.cst.f && a->as.cst.im == b->as.cst.im;
  } else {
    return n;
  }
  return mk_bool(cx, n, cmp_holds(op, lt, eq, gt));
}

/* Python's float a // b and a % b for b != 0 (runtime's kr__fmod_py). */
static double py_fmod(double a, double b, double *div) {
  double mod = fmod(a, b);
  double d = (a - mod) / b;
  if (mod != 0.0) {
    if ((b < 0) != (mod < 0)) {
      mod += b;
      d -= 1.0;
    }
  } else {
    mod = copysign(0.0, b);
  }
  if (d != 0.0) {
    double f = floor(d);
    if (d - f > 0.5) f += 1.0;
    d = f;
  } else {
    d = copysign(0.0, a / b);
  }
  *div = d;
  return mod;
}

static int64_t py_floordiv_i64(int64_t a, int64_t b) {
  if (b == -1) return (int64_t)(0 - (uint64_t)a);
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
  return q;
}

static int64_t py_mod_i64(int64_t a, int64_t b) {
  if (b == -1) return 0;
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

static int64_t pow_i64(int64_t base, int64_t e) {
  uint64_t r = 1, b = (uint64_t)base;
  while (e) {
    if (e & 1) r *= b;
    b *= b;
    e >>= 1;
  }
  return (int64_t)r;
}

/* Number of code points of UTF-8 bytes. */
static int64_t utf8_len(const char *s, int64_t n) {
  int64_t k = 0;
  for (int64_t i = 0; i < n; i++) k += ((unsigned char)s[i] & 0xC0) != 0x80;
  return k;
}

/* Intrinsics with constant arguments that cannot raise for them. */
static IrNode *fold_intrin(Ctx *cx, IrNode *n) {
  IrNode **a = n->as.intrin.args;
  int na = n->as.intrin.nargs;
  for (int i = 0; i < na; i++)
    if (!is_const(a[i])) return n;
  int64_t x = na > 0 ? a[0]->as.cst.i : 0, y = na > 1 ? a[1]->as.cst.i : 0;
  double f = na > 0 ? a[0]->as.cst.f : 0, g = na > 1 ? a[1]->as.cst.f : 0, d;
  const int64_t lim = (int64_t)1 << 53;
  Intrinsic id = n->as.intrin.id; /* the others are left to run time */
  if (id == IN_FLOORDIV_I64 && y) return mk_int(cx, n, n->type, py_floordiv_i64(x, y));
  if (id == IN_MOD_I64 && y) return mk_int(cx, n, n->type, py_mod_i64(x, y));
  if (id == IN_POW_I64 && y >= 0) return mk_int(cx, n, n->type, pow_i64(x, y));
  if (id == IN_ABS_I64) return mk_int(cx, n, n->type, x < 0 ? (int64_t)(0 - (uint64_t)x) : x);
  if (id == IN_TRUEDIV_F64 && g != 0.0) return mk_float(cx, n, n->type, f / g);
  if (id == IN_FLOORDIV_F64 && g != 0.0) {
    py_fmod(f, g, &d);
    return mk_float(cx, n, n->type, d);
  }
  if (id == IN_MOD_F64 && g != 0.0) return mk_float(cx, n, n->type, py_fmod(f, g, &d));
  bool exact = y != 0 && x <= lim && x >= -lim && y <= lim && y >= -lim;
  if (id == IN_TRUEDIV_I64 && exact) return mk_float(cx, n, n->type, (double)x / (double)y);
  if (id == IN_STR_LEN) return mk_int(cx, n, n->type, utf8_len(a[0]->as.cst.s, a[0]->as.cst.len));
  return n;
}

/* Fold one node whose children are already folded. */
static IrNode *fold_node(Ctx *cx, IrNode *n) {
  switch (n->kind) {
  case IR_CAST: return is_const(n->as.un.operand) ? fold_cast(cx, n, n->as.un.operand) : n;
  case IR_UNOP: return is_const(n->as.un.operand) ? fold_unop(cx, n, n->as.un.operand) : n;
  case IR_BINOP: return fold_binop(cx, n);
  case IR_CMP: return fold_cmp(cx, n);
  case IR_LOGIC: {
    IrNode *a = n->as.logic.lhs;
    if (!is_const(a)) return n;
    bool stop = n->as.logic.is_and ? !a->as.cst.i : a->as.cst.i;
    return stop ? a : n->as.logic.rhs;
  }
  case IR_SELECT:
    return is_const(n->as.sel.cond) ? (n->as.sel.cond->as.cst.i ? n->as.sel.a : n->as.sel.b) : n;
  case IR_INTRIN: return fold_intrin(cx, n);
  case IR_FIELD:
    return n->as.field.base->kind == IR_TUPLE ? n->as.field.base->as.list.elts[n->as.field.index]
                                              : n;
  case IR_CONST: case IR_VAR: case IR_CALL: case IR_TUPLE: case IR_LIST: case IR_INDEX:
  case IR_STRBUILD: case IR_ASSIGN: case IR_EXPR: case IR_IF: case IR_LOOP: case IR_PARLOOP:
  case IR_WHILE: case IR_BREAK: case IR_CONTINUE: case IR_RETURN: case IR_RAISE: case IR_PRINT: case IR_ARRAYEXPR:
  case IR_AELEM: case IR_NKINDS:
    return n;
  }
  return n;
}

static void fold_slot(IrNode **s, void *ctx) {
  Ctx *cx = ctx;
  each_slot(*s, fold_slot, ctx);
  *s = fold_node(cx, *s);
}

static void fold_stmt(IrNode *s, void *ctx) { each_slot(s, fold_slot, ctx); }

static void fold_all(Ctx *cx, IrModule *m) {
  for (int i = 0; i < nfuncs(m); i++) each_stmt(&func_at(m, i)->body, fold_stmt, cx);
}

/* ---- constant globals ---- */

typedef struct GlobalInfo {
  int *stores;        /* per global (by position in m->globals): assignments seen */
  IrNode **value;     /* the constant, when assigned once at the init's top level */
  IrModule *m;
  Ctx *cx;
} GlobalInfo;

static int global_index(IrModule *m, IrVar *v) {
  if (v->kind != VAR_GLOBAL) return -1;
  for (int i = 0; i < m->globals.len; i++)
    if (m->globals.data[i] == v) return i;
  return -1;
}

static void count_store(IrNode *s, void *ctx) {
  GlobalInfo *g = ctx;
  if (s->kind != IR_ASSIGN || s->as.assign.dst->kind != IR_VAR) return;
  int i = global_index(g->m, s->as.assign.dst->as.var);
  if (i >= 0) g->stores[i]++;
}

static bool propagatable(IrNode *c) {
  return is_const(c) && (type_is_numeric(c->type) || c->type->kind == TY_STR);
}

static void replace_global(IrNode **s, void *ctx) {
  GlobalInfo *g = ctx;
  IrNode *n = *s;
  if (n->kind == IR_VAR) {
    int i = global_index(g->m, n->as.var);
    if (i >= 0 && g->value[i]) {
      IrNode *c = ir_new(g->cx, IR_CONST, n->span, g->value[i]->type);
      c->as.cst = g->value[i]->as.cst;
      *s = c;
    }
    return;
  }
  each_slot(n, replace_global, ctx);
}

static void replace_stmt(IrNode *s, void *ctx) { each_slot(s, replace_global, ctx); }

static void propagate_globals(Ctx *cx, IrModule *m) {
  int ng = m->globals.len;
  if (!ng || !m->init) return;
  GlobalInfo g = {NEWN(&cx->scratch, int, ng), NEWN(&cx->scratch, IrNode *, ng), m, cx};
  for (int i = 0; i < nfuncs(m); i++) each_stmt(&func_at(m, i)->body, count_store, &g);
  bool any = false;
  IrList *top = &m->init->body;
  for (int k = 0; k < top->len; k++) {
    IrNode *s = top->data[k];
    if (s->kind != IR_ASSIGN || s->as.assign.dst->kind != IR_VAR) continue;
    int i = global_index(m, s->as.assign.dst->as.var);
    if (i >= 0 && g.stores[i] == 1 && propagatable(s->as.assign.src)) {
      g.value[i] = s->as.assign.src;
      any = true;
    }
  }
  if (!any) return;
  for (int i = 0; i < nfuncs(m); i++) each_stmt(&func_at(m, i)->body, replace_stmt, &g);
}

static void pass_fold(Ctx *cx, IrModule *m) {
  fold_all(cx, m);
  propagate_globals(cx, m);
  fold_all(cx, m);
}

/* ------------------------------------------------------------------ */
/* dce                                                                 */
/* ------------------------------------------------------------------ */
/* Dead code: constant conditions, code after a jump, unread temporaries.
 *   before:  if (const false) { A } else { B }
 *            while (const false) { C }
 *            return t1; D
 *            t5 = binop(+, var a, const 1)      (t5 never read)
 *   after:   B
 *            return t1
 * Assignments of effectful values (calls, raising intrinsics) stay. */

/* A pointer -> count map in the scratch arena (open addressing). */
typedef struct Counts {
  IrVar **keys;
  int *reads, *mentions;
  int cap;
} Counts;

static int count_slot(Counts *c, IrVar *v) {
  size_t h = ((uintptr_t)v >> 4) & (size_t)(c->cap - 1);
  while (c->keys[h] && c->keys[h] != v) h = (h + 1) & (size_t)(c->cap - 1);
  c->keys[h] = v;
  return (int)h;
}

static void count_read(IrNode **s, void *ctx) {
  Counts *c = ctx;
  if ((*s)->kind == IR_VAR) {
    int h = count_slot(c, (*s)->as.var);
    c->reads[h]++, c->mentions[h]++;
    return;
  }
  each_slot(*s, count_read, ctx);
}

static void count_stmt(IrNode *s, void *ctx) {
  Counts *c = ctx;
  each_slot(s, count_read, ctx);
  if (s->kind == IR_ASSIGN && s->as.assign.dst->kind == IR_VAR)
    c->mentions[count_slot(c, s->as.assign.dst->as.var)]++;
  if (s->kind == IR_LOOP || s->kind == IR_PARLOOP) c->mentions[count_slot(c, s->as.loop.iv)]++;
}

/* Every variable a function mentions is one of its own or a global. */
static Counts count_vars(Ctx *cx, IrFunc *fn, int nglobals) {
  Counts c = {0};
  c.cap = 64;
  while (c.cap < 2 * (fn->vars.len + fn->nparams + nglobals) + 16) c.cap *= 2;
  c.keys = NEWN(&cx->scratch, IrVar *, c.cap);
  c.reads = NEWN(&cx->scratch, int, c.cap);
  c.mentions = NEWN(&cx->scratch, int, c.cap);
  each_stmt(&fn->body, count_stmt, &c);
  return c;
}

static bool is_jump(IrNode *s) {
  return s->kind == IR_RETURN || s->kind == IR_RAISE || s->kind == IR_BREAK ||
         s->kind == IR_CONTINUE;
}

/* An assignment to a temporary nobody reads, of a value without effects. */
static bool dead_store(Counts *c, IrNode *s) {
  if (!c || s->kind != IR_ASSIGN || s->as.assign.dst->kind != IR_VAR) return false;
  IrVar *v = s->as.assign.dst->as.var;
  return v->kind == VAR_TEMP && c->reads[count_slot(c, v)] == 0 && !has_effects(s->as.assign.src);
}

static void dce_block(Ctx *cx, IrList *b, Counts *c, bool *changed);

/* Append s (simplified) to out. */
static void dce_stmt(Ctx *cx, IrList *out, IrNode *s, Counts *c, bool *changed) {
  if (s->kind == IR_IF && is_const(s->as.if_.cond)) {
    IrList *taken = s->as.if_.cond->as.cst.i ? &s->as.if_.then : &s->as.if_.orelse;
    dce_block(cx, taken, c, changed);
    for (int i = 0; i < taken->len; i++) vec_push(&cx->arena, out, taken->data[i]);
    *changed = true;
    return;
  }
  bool dead_loop =
      s->kind == IR_WHILE && is_const(s->as.while_.cond) && !s->as.while_.cond->as.cst.i;
  bool dead_expr = s->kind == IR_EXPR && !has_effects(s->as.expr);
  if (dead_loop || dead_expr || dead_store(c, s)) {
    *changed = true;
    return;
  }
  if (s->kind == IR_IF) {
    dce_block(cx, &s->as.if_.then, c, changed);
    dce_block(cx, &s->as.if_.orelse, c, changed);
  } else if (s->kind == IR_LOOP || s->kind == IR_PARLOOP) {
    dce_block(cx, &s->as.loop.body, c, changed);
  } else if (s->kind == IR_WHILE) {
    dce_block(cx, &s->as.while_.body, c, changed);
  }
  vec_push(&cx->arena, out, s);
}

/* Rebuild a block without dead statements; nothing follows a jump. */
static void dce_block(Ctx *cx, IrList *b, Counts *c, bool *changed) {
  IrList out = {0};
  for (int i = 0; i < b->len; i++) {
    dce_stmt(cx, &out, b->data[i], c, changed);
    if (out.len && is_jump(out.data[out.len - 1])) {
      if (i + 1 < b->len) *changed = true;
      break;
    }
  }
  *b = out;
}

/* Temporaries no longer mentioned anywhere leave fn->vars. */
static void drop_unused_temps(Ctx *cx, IrFunc *fn, int nglobals) {
  Counts c = count_vars(cx, fn, nglobals);
  int k = 0;
  for (int i = 0; i < fn->vars.len; i++) {
    IrVar *v = fn->vars.data[i];
    if (v->kind != VAR_TEMP || c.mentions[count_slot(&c, v)]) fn->vars.data[k++] = v;
  }
  fn->vars.len = k;
}

static void dce_func(Ctx *cx, IrFunc *fn, int nglobals) {
  bool changed = true;
  for (int round = 0; changed && round < 16; round++) {
    changed = false;
    Counts c = count_vars(cx, fn, nglobals);
    dce_block(cx, &fn->body, &c, &changed);
  }
  drop_unused_temps(cx, fn, nglobals);
}

static void pass_dce(Ctx *cx, IrModule *m) {
  for (int i = 0; i < nfuncs(m); i++) dce_func(cx, func_at(m, i), m->globals.len);
}
