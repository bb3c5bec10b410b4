/* ir/pass_fuse.c — turns each element-wise array expression into ONE loop
 * nest, with no temporary arrays.
 *
 *   arrayexpr c[n0, n1] = a[...] * b[...] + 1.0        (a: n0 x n1, b: n1)
 * becomes
 *   if (fa0 != 0 && fa1 != 0 && fb0 != 0 && stride(a, 1) == 1 && ...)
 *     for i in range(n0): for j in range(n1):           the common case:
 *       c[i*sc0 + j] = a[i*sa0 + j] * b[j] + 1.0         no broadcasting, unit
 *   else                                                 inner strides (vectorizes)
 *     for i in range(n0): for j in range(n1):
 *       c[i*sc0 + j*sc1] = a[(i*fa0)*sa0 + (j*fa1)*sa1] * b[(j*fb0)*sb0] + 1.0
 *
 * The f* are the operands' broadcast factors (0 on an axis of length 1),
 * computed by lowering before the expression; an operand of lower rank is
 * aligned to the right. Per-element statements (ae.pre) go first in the
 * innermost body of each copy. */
#include <string.h>

#include "ir.h"

typedef struct Fuse {
  Ctx *cx;
  IrFunc *fn;
  IrNode *ae;          /* the ARRAYEXPR being expanded */
  IrNode *iv[KRAIT_MAXDIM];
  bool unit;           /* the copy where nothing broadcasts and inner strides are 1 */
  bool auto_par;       /* the outer loop becomes a PARLOOP (auto-parallel) */
} Fuse;

static Type *i64t(void) { return type_prim(TY_I64); }

static IrNode *cint(Fuse *f, int64_t v) { return ir_const_int(f->cx, f->ae->span, i64t(), v); }

static IrNode *bin(Fuse *f, BinOp op, IrNode *a, IrNode *b) {
  if (op == OP_MUL && b->kind == IR_CONST && b->as.cst.i == 1) return a;
  IrNode *n = ir_new(f->cx, IR_BINOP, f->ae->span, i64t());
  n->as.bin.op = op, n->as.bin.lhs = a, n->as.bin.rhs = b;
  return n;
}

static IrNode *stride(Fuse *f, IrNode *a, int k) {
  Type *t = a->type;
  if ((t->contig || f->unit) && k == t->ndim - 1) return cint(f, 1);
  return ir_intrin(f->cx, f->ae->span, i64t(), IN_ARRAY_STRIDE, 2, a, cint(f, k));
}

/* The flat offset of array a at the loop position (flags: broadcast factors). */
static IrNode *offset(Fuse *f, IrNode *a, IrNode **flags) {
  int nd = a->type->ndim, shift = f->ae->as.aexpr.ndim - nd;
  IrNode *off = NULL;
  for (int k = 0; k < nd; k++) {
    IrNode *i = f->iv[k + shift];
    if (flags && flags[k] && !f->unit) i = bin(f, OP_MUL, i, flags[k]);
    IrNode *t = bin(f, OP_MUL, i, stride(f, a, k));
    off = off ? bin(f, OP_ADD, off, t) : t;
  }
  return off ? off : cint(f, 0);
}

static IrNode **flags_of(Fuse *f, IrNode *arr) {
  IrNode *ae = f->ae;
  for (int i = 0; i < ae->as.aexpr.nleaves; i++)
    if (ae->as.aexpr.leaves[i]->as.var == arr->as.var) return ae->as.aexpr.flags + i * KRAIT_MAXDIM;
  return NULL;
}

static IrNode *element(Fuse *f, IrNode *arr, IrNode **flags) {
  IrNode *e = ir_new(f->cx, IR_INDEX, f->ae->span, arr->type->elem);
  e->as.index.base = arr;
  e->as.index.index = offset(f, arr, flags);
  return e;
}

static void subst_list(Fuse *f, IrList *l);

/* Replace, in a fresh copy, each AELEM by the operand's element here. */
static void subst(Fuse *f, IrNode **slot) {
  IrNode *n = *slot;
  if (!n) return;
  switch (n->kind) {
  case IR_AELEM: *slot = element(f, n->as.aelem.arr, flags_of(f, n->as.aelem.arr)); return;
  case IR_CONST: case IR_VAR: case IR_BREAK: case IR_CONTINUE: return;
  case IR_BINOP: subst(f, &n->as.bin.lhs); subst(f, &n->as.bin.rhs); return;
  case IR_UNOP: case IR_CAST: subst(f, &n->as.un.operand); return;
  case IR_CMP: subst(f, &n->as.cmp.lhs); subst(f, &n->as.cmp.rhs); return;
  case IR_LOGIC: subst(f, &n->as.logic.lhs); subst(f, &n->as.logic.rhs); return;
  case IR_SELECT: subst(f, &n->as.sel.cond); subst(f, &n->as.sel.a); subst(f, &n->as.sel.b); return;
  case IR_CALL:
    for (int i = 0; i < n->as.call.nargs; i++) subst(f, &n->as.call.args[i]);
    return;
  case IR_INTRIN:
    for (int i = 0; i < n->as.intrin.nargs; i++) subst(f, &n->as.intrin.args[i]);
    return;
  case IR_TUPLE: case IR_LIST:
    for (int i = 0; i < n->as.list.n; i++) subst(f, &n->as.list.elts[i]);
    return;
  case IR_FIELD: subst(f, &n->as.field.base); return;
  case IR_INDEX: subst(f, &n->as.index.base); subst(f, &n->as.index.index); return;
  case IR_STRBUILD: case IR_PRINT:
    for (int i = 0; i < n->as.fmt.n; i++) {
      subst(f, &n->as.fmt.pieces[i].value);
      subst(f, &n->as.fmt.pieces[i].spec);
    }
    return;
  case IR_ASSIGN: subst(f, &n->as.assign.dst); subst(f, &n->as.assign.src); return;
  case IR_EXPR: case IR_RETURN: subst(f, &n->as.expr); return;
  case IR_IF:
    subst(f, &n->as.if_.cond);
    subst_list(f, &n->as.if_.then);
    subst_list(f, &n->as.if_.orelse);
    return;
  case IR_RAISE: subst(f, &n->as.raise.msg); return;
  case IR_LOOP: case IR_PARLOOP: case IR_WHILE: case IR_ARRAYEXPR: case IR_NKINDS:
    ICE("pass_fuse: %s inside an array expression", ir_kind_names[n->kind]);
  }
}

static void subst_list(Fuse *f, IrList *l) {
  for (int i = 0; i < l->len; i++) subst(f, &l->data[i]);
}

/* The number of elements: the product of the dims. */
static IrNode *work(Fuse *f) {
  IrNode *w = NULL;
  for (int d = 0; d < f->ae->as.aexpr.ndim; d++) {
    IrNode *dim = f->ae->as.aexpr.dims[d];
    if (!w) {
      w = dim;
      continue;
    }
    w = bin(f, OP_MUL, w, dim);
  }
  return w;
}

/* One loop nest computing the expression; returns the outermost loop. */
static IrNode *nest(Fuse *f) {
  IrNode *ae = f->ae, *outer = NULL;
  IrList *body = NULL;
  for (int d = 0; d < ae->as.aexpr.ndim; d++) {
    IrVar *v = ir_new_var(f->cx, f->fn, "i", i64t(), VAR_TEMP, ae->span);
    IrNode *loop = ir_new(f->cx, IR_LOOP, ae->span, type_prim(TY_NONE));
    loop->as.loop.iv = v;
    loop->as.loop.lo = cint(f, 0);
    loop->as.loop.hi = ae->as.aexpr.dims[d];
    loop->as.loop.step = cint(f, 1);
    loop->as.loop.dir = 1;
    f->iv[d] = ir_var(f->cx, ae->span, v);
    if (body) vec_push(&f->cx->arena, body, loop);
    else outer = loop;
    if (!body && f->auto_par) { /* the outer loop may split over threads */
      loop->kind = IR_PARLOOP;
      loop->as.loop.work = work(f);
    }
    body = &loop->as.loop.body;
  }
  IrList pre = ir_copy_list(f->cx, &ae->as.aexpr.pre);
  subst_list(f, &pre);
  for (int i = 0; i < pre.len; i++) vec_push(&f->cx->arena, body, pre.data[i]);
  IrNode *value = ir_copy(f->cx, ae->as.aexpr.value);
  subst(f, &value);
  IrNode *dst = element(f, ae->as.aexpr.dst, NULL);
  vec_push(&f->cx->arena, body, ir_assign(f->cx, ae->span, dst, value));
  return outer;
}

static IrNode *test(Fuse *f, IrNode *a, CmpOp op, IrNode *b) {
  IrNode *n = ir_new(f->cx, IR_CMP, f->ae->span, type_prim(TY_BOOL));
  n->as.cmp.op = op, n->as.cmp.lhs = a, n->as.cmp.rhs = b;
  return n;
}

static IrNode *both(Fuse *f, IrNode *a, IrNode *b) {
  if (!a) return b;
  IrNode *n = ir_new(f->cx, IR_LOGIC, f->ae->span, type_prim(TY_BOOL));
  n->as.logic.is_and = true, n->as.logic.lhs = a, n->as.logic.rhs = b;
  return n;
}

/* The condition for the plain copy: nothing broadcasts, inner strides 1. */
static IrNode *plain_case(Fuse *f) {
  IrNode *ae = f->ae, *cond = NULL;
  for (int i = 0; i < ae->as.aexpr.nleaves * KRAIT_MAXDIM; i++)
    if (ae->as.aexpr.flags[i]) cond = both(f, cond, test(f, ae->as.aexpr.flags[i], CMP_NE, cint(f, 0)));
  for (int i = -1; i < ae->as.aexpr.nleaves; i++) {
    IrNode *a = i < 0 ? ae->as.aexpr.dst : ae->as.aexpr.leaves[i];
    if (a->type->contig || !a->type->ndim) continue;
    IrNode *s = ir_intrin(f->cx, ae->span, i64t(), IN_ARRAY_STRIDE, 2, a, cint(f, a->type->ndim - 1));
    cond = both(f, cond, test(f, s, CMP_EQ, cint(f, 1)));
  }
  return cond;
}

static IrNode *expand(Ctx *cx, IrFunc *fn, IrNode *ae, bool auto_par) {
  Fuse f = {.cx = cx, .fn = fn, .ae = ae, .auto_par = auto_par && !fn->is_init};
  IrNode *cond = plain_case(&f);
  IrNode *general = nest(&f);
  if (!cond) return general;
  f.unit = true;
  IrNode *plain = nest(&f);
  IrNode *n = ir_new(cx, IR_IF, ae->span, type_prim(TY_NONE));
  n->as.if_.cond = cond;
  vec_push(&cx->arena, &n->as.if_.then, plain);
  vec_push(&cx->arena, &n->as.if_.orelse, general);
  return n;
}

static void fuse_block(Ctx *cx, IrFunc *fn, IrList *b, bool ap) {
  for (int i = 0; i < b->len; i++) {
    IrNode *s = b->data[i];
    switch (s->kind) {
    case IR_ARRAYEXPR: b->data[i] = expand(cx, fn, s, ap); break;
    case IR_IF:
      fuse_block(cx, fn, &s->as.if_.then, ap);
      fuse_block(cx, fn, &s->as.if_.orelse, ap);
      break;
    case IR_LOOP: case IR_PARLOOP: fuse_block(cx, fn, &s->as.loop.body, ap); break;
    case IR_WHILE: fuse_block(cx, fn, &s->as.while_.body, ap); break;
    default: break;
    }
  }
}

/** The pass: every ARRAYEXPR becomes its loop nest(s). */
void pass_fuse(Ctx *cx, IrModule *m) {
  for (int i = 0; i < m->funcs.len; i++)
    fuse_block(cx, m->funcs.data[i], &m->funcs.data[i]->body, m->auto_parallel);
  if (m->init) fuse_block(cx, m->init, &m->init->body, false);
}
