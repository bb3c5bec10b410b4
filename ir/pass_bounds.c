/* ir/pass_bounds.c — index-check removal by loop versioning.
 *
 * A list index in a counted loop is checked on every iteration. When the
 * index is the loop counter plus a constant, or a value the loop does not
 * change, and nothing in the loop can change a list's length, one test
 * before the loop proves every index in range. The loop is then versioned:
 *
 *   for t in range(lo, hi, 1)           if (lo + c >= 0 && hi - 1 + c < len(xs)
 *     j = t                                 && 0 <= i && i < len(ys))
 *     k1 = list_index(xs, j + c)   ->     for t in range(lo, hi, 1)
 *     k2 = list_index(ys, i)                j = t; k1 = j + c; k2 = i; ...
 *     ...                               else
 *                                         (the original loop, checks and all)
 *
 * The fast copy has no runtime calls and no error checks in its body, so
 * the C compiler can keep it tight. Negative indices, empty ranges and
 * anything unproven take the original loop, so semantics never change.
 *
 * Loop nests are versioned from the outside in: an index in an inner loop
 * is bounded through the inner loop's range, which is itself bounded over
 * the outer iterations (j in range(i + 1, n) with i in range(n) lies in
 * [1, n - 1]), so one test before the outermost loop can cover the nest.
 * Variables assigned once at the top of a loop body from a pure expression
 * (the counter copies and bound temporaries lowering makes) are followed
 * to their definition.
 *
 * With --no-boundscheck (IrModule.no_boundscheck) every list index becomes
 * a plain wrap of negative values instead: `k = i < 0 ? i + len : i`. */
#include <string.h>

#include "ir.h"

typedef struct Def {
  IrVar *var;
  IrNode *expr;         /* pure, assigned once at the top of a loop body */
} Def;

typedef struct Vers {
  Ctx *cx;
  IrNode *loop;         /* the loop being versioned */
  IrNode *inner[16];    /* the loops between it and the statement at hand */
  int ninner;
  Def defs[64];         /* definitions seen so far on the way down */
  int ndefs;
  Vec(IrVar *) assigned;/* every variable written in the loop body */
  bool unsafe;          /* the body may change a list's length */
  IrNode *cond;         /* the conjunction of range tests so far */
  int nproved;
} Vers;

static Type *ty(TypeKind k) { return type_prim(k); }

/* ---- what the loop body writes and calls ---- */

static void scan_expr(Vers *v, IrNode *e);

static void scan_exprs(Vers *v, IrNode **es, int n) {
  for (int i = 0; i < n; i++) scan_expr(v, es[i]);
}

static bool changes_length(Intrinsic id) {
  return id == IN_LIST_APPEND || id == IN_LIST_POP || id == IN_LIST_INSERT ||
         id == IN_LIST_EXTEND || id == IN_LIST_CLEAR;
}

static void scan_expr(Vers *v, IrNode *e) {
  if (!e) return;
  switch (e->kind) {
  case IR_CALL: v->unsafe = true; scan_exprs(v, e->as.call.args, e->as.call.nargs); return;
  case IR_INTRIN:
    v->unsafe |= changes_length(e->as.intrin.id);
    scan_exprs(v, e->as.intrin.args, e->as.intrin.nargs);
    return;
  case IR_BINOP: scan_expr(v, e->as.bin.lhs); scan_expr(v, e->as.bin.rhs); return;
  case IR_UNOP: case IR_CAST: scan_expr(v, e->as.un.operand); return;
  case IR_CMP: scan_expr(v, e->as.cmp.lhs); scan_expr(v, e->as.cmp.rhs); return;
  case IR_LOGIC: scan_expr(v, e->as.logic.lhs); scan_expr(v, e->as.logic.rhs); return;
  case IR_SELECT:
    scan_expr(v, e->as.sel.cond), scan_expr(v, e->as.sel.a), scan_expr(v, e->as.sel.b);
    return;
  case IR_TUPLE: case IR_LIST: scan_exprs(v, e->as.list.elts, e->as.list.n); return;
  case IR_FIELD: scan_expr(v, e->as.field.base); return;
  case IR_INDEX: scan_expr(v, e->as.index.base); scan_expr(v, e->as.index.index); return;
  case IR_STRBUILD: case IR_PRINT:
    for (int i = 0; i < e->as.fmt.n; i++) {
      scan_expr(v, e->as.fmt.pieces[i].value);
      scan_expr(v, e->as.fmt.pieces[i].spec);
    }
    return;
  default: return;
  }
}

static void scan_block(Vers *v, IrList *b);

static void scan_stmt(Vers *v, IrNode *s) {
  switch (s->kind) {
  case IR_ASSIGN:
    if (s->as.assign.dst->kind == IR_VAR)
      vec_push(&v->cx->scratch, &v->assigned, s->as.assign.dst->as.var);
    else
      scan_expr(v, s->as.assign.dst);
    scan_expr(v, s->as.assign.src);
    return;
  case IR_IF: scan_expr(v, s->as.if_.cond); scan_block(v, &s->as.if_.then);
    scan_block(v, &s->as.if_.orelse); return;
  case IR_WHILE: scan_expr(v, s->as.while_.cond); scan_block(v, &s->as.while_.body); return;
  case IR_LOOP: case IR_PARLOOP:
    vec_push(&v->cx->scratch, &v->assigned, s->as.loop.iv);
    scan_expr(v, s->as.loop.lo), scan_expr(v, s->as.loop.hi), scan_expr(v, s->as.loop.step);
    scan_block(v, &s->as.loop.body);
    return;
  case IR_EXPR: case IR_RETURN: scan_expr(v, s->as.expr); return;
  case IR_RAISE: scan_expr(v, s->as.raise.msg); return;
  case IR_PRINT: scan_expr(v, s); return;
  default: return;
  }
}

static void scan_block(Vers *v, IrList *b) {
  for (int i = 0; i < b->len; i++) scan_stmt(v, b->data[i]);
}

static bool assigned(Vers *v, IrVar *x) {
  for (int i = 0; i < v->assigned.len; i++)
    if (v->assigned.data[i] == x) return true;
  return false;
}


/* ---- building the range test ---- */

static IrNode *i64c(Vers *v, IrNode *at, int64_t c) { return ir_const_int(v->cx, at->span, ty(TY_I64), c); }

static IrNode *bin(Vers *v, IrNode *at, BinOp op, IrNode *a, IrNode *b) {
  if (a->kind == IR_CONST && b->kind == IR_CONST)   /* keep the test readable */
    return i64c(v, at, op == OP_ADD ? a->as.cst.i + b->as.cst.i : a->as.cst.i - b->as.cst.i);
  if (b->kind == IR_CONST && b->as.cst.i == 0) return a;
  if (b->kind == IR_CONST && a->kind == IR_BINOP && a->as.bin.rhs->kind == IR_CONST &&
      (a->as.bin.op == OP_ADD || a->as.bin.op == OP_SUB)) {   /* (x - 1) + 1 -> x */
    int64_t k = a->as.bin.op == OP_ADD ? a->as.bin.rhs->as.cst.i : -a->as.bin.rhs->as.cst.i;
    k += op == OP_ADD ? b->as.cst.i : -b->as.cst.i;
    return bin(v, at, OP_ADD, a->as.bin.lhs, i64c(v, at, k));
  }
  IrNode *n = ir_new(v->cx, IR_BINOP, at->span, ty(TY_I64));
  n->as.bin.op = op, n->as.bin.lhs = a, n->as.bin.rhs = b;
  return n;
}

static IrNode *cmp(Vers *v, IrNode *at, CmpOp op, IrNode *a, IrNode *b) {
  IrNode *n = ir_new(v->cx, IR_CMP, at->span, ty(TY_BOOL));
  n->as.cmp.op = op, n->as.cmp.lhs = a, n->as.cmp.rhs = b;
  return n;
}

/* Structural equality of the small pure expressions the tests are made of. */
static bool same(IrNode *a, IrNode *b) {
  if (a == b) return true;
  if (!a || !b || a->kind != b->kind || a->type != b->type) return false;
  switch (a->kind) {
  case IR_CONST: return a->as.cst.i == b->as.cst.i;
  case IR_VAR: return a->as.var == b->as.var;
  case IR_BINOP:
    return a->as.bin.op == b->as.bin.op && same(a->as.bin.lhs, b->as.bin.lhs) &&
           same(a->as.bin.rhs, b->as.bin.rhs);
  case IR_CMP:
    return a->as.cmp.op == b->as.cmp.op && same(a->as.cmp.lhs, b->as.cmp.lhs) &&
           same(a->as.cmp.rhs, b->as.cmp.rhs);
  case IR_INTRIN:
    return a->as.intrin.id == b->as.intrin.id && a->as.intrin.nargs == 1 &&
           b->as.intrin.nargs == 1 && same(a->as.intrin.args[0], b->as.intrin.args[0]);
  default: return false;
  }
}

static bool has_test(IrNode *cond, IrNode *t) {
  if (!cond) return false;
  if (cond->kind == IR_LOGIC) return has_test(cond->as.logic.lhs, t) || has_test(cond->as.logic.rhs, t);
  return same(cond, t);
}

static void add_test(Vers *v, IrNode *t) {
  if (has_test(v->cond, t)) return;
  if (!v->cond) {
    v->cond = t;
    return;
  }
  IrNode *n = ir_new(v->cx, IR_LOGIC, t->span, ty(TY_BOOL));
  n->as.logic.is_and = true, n->as.logic.lhs = v->cond, n->as.logic.rhs = t;
  v->cond = n;
}

static IrNode *list_len(Vers *v, IrNode *at, IrNode *list) {
  return ir_intrin(v->cx, at->span, ty(TY_I64), IN_LIST_LEN, 1, list);
}

/* The range of the counter of loop `m`, as expressions valid before the
 * versioned loop: [first, last]. */
static bool range_of(Vers *v, IrNode *e, IrNode **lo, IrNode **hi, int fuel);

static bool loop_range(Vers *v, IrNode *m, IrNode **lo, IrNode **hi, int fuel) {
  IrNode *a = m->as.loop.lo, *b = m->as.loop.hi;
  int dir = m->as.loop.dir ? m->as.loop.dir : (m == v->loop ? 1 : 0);
  if (!dir) return false;
  IrNode *alo, *ahi, *blo, *bhi;
  if (m == v->loop) {   /* evaluated once, just before the loop */
    alo = ahi = a, blo = bhi = b;
  } else if (!range_of(v, a, &alo, &ahi, fuel) || !range_of(v, b, &blo, &bhi, fuel)) {
    return false;
  }
  if (dir > 0) {        /* lo <= t <= hi - 1 */
    *lo = alo, *hi = bin(v, m, OP_SUB, bhi, i64c(v, m, 1));
  } else {              /* hi + 1 <= t <= lo */
    *lo = bin(v, m, OP_ADD, blo, i64c(v, m, 1)), *hi = ahi;
  }
  return true;
}

static IrNode *def_of(Vers *v, IrVar *x) {
  for (int i = v->ndefs - 1; i >= 0; i--)
    if (v->defs[i].var == x) return v->defs[i].expr;
  return NULL;
}

/* [lo, hi] bounding every value `e` takes while the loop runs, as pure
 * expressions evaluated before the loop; false when unknown. */
static bool range_of(Vers *v, IrNode *e, IrNode **lo, IrNode **hi, int fuel) {
  if (fuel <= 0 || (!type_is_int(e->type) && e->type->kind != TY_BOOL)) return false;
  switch (e->kind) {
  case IR_CONST:
    *lo = *hi = i64c(v, e, e->as.cst.i);
    return true;
  case IR_CAST:
    return type_is_int(e->as.un.operand->type) && type_bits(e->as.un.operand->type) <= 64 &&
           range_of(v, e->as.un.operand, lo, hi, fuel - 1);
  case IR_VAR: {
    IrVar *x = e->as.var;
    if (x == v->loop->as.loop.iv) return loop_range(v, v->loop, lo, hi, fuel - 1);
    for (int i = 0; i < v->ninner; i++)
      if (x == v->inner[i]->as.loop.iv) return loop_range(v, v->inner[i], lo, hi, fuel - 1);
    IrNode *d = def_of(v, x);
    if (d) return range_of(v, d, lo, hi, fuel - 1);
    if (assigned(v, x) || x->type->kind != TY_I64) return false;
    *lo = *hi = e;      /* invariant in the loop */
    return true;
  }
  case IR_BINOP: {
    IrNode *c = e->as.bin.rhs;
    if ((e->as.bin.op != OP_ADD && e->as.bin.op != OP_SUB) || c->kind != IR_CONST ||
        c->as.cst.i > (1 << 30) || c->as.cst.i < -(1 << 30))
      return false;
    IrNode *a, *b;
    if (!range_of(v, e->as.bin.lhs, &a, &b, fuel - 1)) return false;
    int64_t k = e->as.bin.op == OP_ADD ? c->as.cst.i : -c->as.cst.i;
    *lo = bin(v, e, OP_ADD, a, i64c(v, e, k));
    *hi = bin(v, e, OP_ADD, b, i64c(v, e, k));
    return true;
  }
  default:
    return false;
  }
}

/* The length a check tests against: a list's length or an array axis. */
static IrNode *check_len(Vers *v, IrNode *check, IrNode *at) {
  IrNode **a = check->as.intrin.args;
  if (check->as.intrin.id != IN_ARRAY_INDEX) return list_len(v, at, a[0]);
  return ir_intrin(v->cx, at->span, ty(TY_I64), IN_ARRAY_DIM, 2, a[0], a[1]);
}

/* The index a check normalises: LIST_INDEX(l, i), ARRAY_INDEX(a, axis, i). */
static IrNode *check_index(IrNode *check) {
  IrNode **a = check->as.intrin.args;
  return check->as.intrin.id == IN_ARRAY_INDEX ? a[2] : a[1];
}

/* Add the test proving the index of `check` in range for the whole loop. */
static bool prove(Vers *v, IrNode *check) {
  IrNode *base = check->as.intrin.args[0], *e = check_index(check);
  if (base->kind != IR_VAR || assigned(v, base->as.var)) return false;
  IrNode *lo, *hi;
  if (!range_of(v, e, &lo, &hi, 24)) return false;
  if (!(lo->kind == IR_CONST && lo->as.cst.i >= 0))
    add_test(v, cmp(v, e, CMP_GE, lo, i64c(v, e, 0)));
  add_test(v, cmp(v, e, CMP_LT, hi, check_len(v, check, e)));
  return true;
}

/* ---- copying the loop and rewriting the checks ---- */

static bool is_check(IrNode *s) {
  if (s->kind != IR_ASSIGN || s->as.assign.src->kind != IR_INTRIN) return false;
  Intrinsic id = s->as.assign.src->as.intrin.id;
  return id == IN_LIST_INDEX || id == IN_LIST_INDEX_STORE || id == IN_ARRAY_INDEX;
}

/* Assignments to x anywhere in block b (nested blocks included). */
static int assigns_in(IrList *b, IrVar *x) {
  int n = 0;
  for (int i = 0; i < b->len; i++) {
    IrNode *s = b->data[i];
    switch (s->kind) {
    case IR_ASSIGN: n += s->as.assign.dst->kind == IR_VAR && s->as.assign.dst->as.var == x; break;
    case IR_IF: n += assigns_in(&s->as.if_.then, x) + assigns_in(&s->as.if_.orelse, x); break;
    case IR_WHILE: n += assigns_in(&s->as.while_.body, x); break;
    case IR_LOOP: case IR_PARLOOP:
      n += (s->as.loop.iv == x) + assigns_in(&s->as.loop.body, x);
      break;
    default: break;
    }
  }
  return n;
}

/* x = pure, the only assignment to x in this loop body: from here to the
 * end of the body, x holds that expression's value. */
static bool pure_def(Vers *v, IrNode *s, IrList *body) {
  return s->kind == IR_ASSIGN && s->as.assign.dst->kind == IR_VAR &&
         !ir_has_effects(s->as.assign.src) && assigns_in(body, s->as.assign.dst->as.var) == 1 &&
         v->ndefs < 64;
}

/* Walk a block of the loop nest in order: prove each check, and in `fast`
 * (a copy of the same shape) replace it by its index. `body` says the block
 * is the innermost loop body around b: b's straight-line definitions are
 * recorded when b is that body itself. */
static void prove_block(Vers *v, IrList *b, IrList *fast, IrList *body) {
  for (int i = 0; i < b->len; i++) {
    IrNode *s = b->data[i], *f = fast->data[i];
    if (is_check(s)) {
      if (prove(v, s->as.assign.src)) {
        f->as.assign.src = ir_copy(v->cx, check_index(s->as.assign.src));
        v->nproved++;
      }
    } else if (body == b && pure_def(v, s, body)) {
      v->defs[v->ndefs++] = (Def){s->as.assign.dst->as.var, s->as.assign.src};
    } else if (s->kind == IR_IF) {
      prove_block(v, &s->as.if_.then, &f->as.if_.then, body);
      prove_block(v, &s->as.if_.orelse, &f->as.if_.orelse, body);
    } else if (s->kind == IR_WHILE) {
      prove_block(v, &s->as.while_.body, &f->as.while_.body, body);
    } else if ((s->kind == IR_LOOP || s->kind == IR_PARLOOP) && v->ninner < 16) {
      int saved = v->ndefs;
      v->inner[v->ninner++] = s;
      prove_block(v, &s->as.loop.body, &f->as.loop.body, &s->as.loop.body);
      v->ninner--;
      v->ndefs = saved;   /* a body's definitions do not outlive it */
    }
  }
}

/* Version `loop` if it has provable checks; returns the statement to put in
 * its place. */
static IrNode *version(Ctx *cx, IrNode *loop) {
  Vers v = {.cx = cx, .loop = loop};
  scan_block(&v, &loop->as.loop.body);
  if (v.unsafe) return loop;
  IrNode *fast = ir_copy(cx, loop);
  prove_block(&v, &loop->as.loop.body, &fast->as.loop.body, &loop->as.loop.body);
  if (!v.nproved) return loop;
  if (loop->as.loop.dir == 0) {   /* unknown step sign: require step > 0 */
    fast->as.loop.dir = 1;
    add_test(&v, cmp(&v, loop, CMP_GT, loop->as.loop.step, i64c(&v, loop, 0)));
  }
  IrNode *n = ir_new(cx, IR_IF, loop->span, ty(TY_NONE));
  n->as.if_.cond = v.cond;
  vec_push(&cx->arena, &n->as.if_.then, fast);
  vec_push(&cx->arena, &n->as.if_.orelse, loop);
  return n;
}

/* ---- --no-boundscheck: wrap negative indices, check nothing ---- */

static void unchecked(Ctx *cx, IrNode *s) {
  IrNode *check = s->as.assign.src;
  IrNode *i = check_index(check);
  IrNode *sel = ir_new(cx, IR_SELECT, s->span, ty(TY_I64));
  Vers v = {.cx = cx};
  sel->as.sel.cond = cmp(&v, s, CMP_LT, i, i64c(&v, s, 0));
  sel->as.sel.a = bin(&v, s, OP_ADD, i, check_len(&v, check, s));
  sel->as.sel.b = i;
  s->as.assign.src = sel;
}

static void walk_block(Ctx *cx, IrList *b, bool no_check);

static void walk_stmt(Ctx *cx, IrNode **slot, bool no_check) {
  IrNode *s = *slot;
  switch (s->kind) {
  case IR_IF:
    walk_block(cx, &s->as.if_.then, no_check);
    walk_block(cx, &s->as.if_.orelse, no_check);
    return;
  case IR_WHILE: walk_block(cx, &s->as.while_.body, no_check); return;
  case IR_LOOP: case IR_PARLOOP: {
    IrNode *r = no_check ? s : version(cx, s);   /* outermost loops first */
    *slot = r;
    if (r != s)   /* what the nest could not prove, inner loops may */
      walk_block(cx, &r->as.if_.then.data[0]->as.loop.body, no_check);
    walk_block(cx, &s->as.loop.body, no_check);
    return;
  }
  case IR_ASSIGN:
    if (no_check && is_check(s)) unchecked(cx, s);
    return;
  default: return;
  }
}

static void walk_block(Ctx *cx, IrList *b, bool no_check) {
  for (int i = 0; i < b->len; i++) walk_stmt(cx, &b->data[i], no_check);
}

/** The pass: version counted loops whose list indices can be proven in
 * range (or drop the checks under --no-boundscheck). */
void pass_bounds(Ctx *cx, IrModule *m) {
  for (int i = 0; i < m->funcs.len; i++)
    walk_block(cx, &m->funcs.data[i]->body, m->no_boundscheck);
  if (m->init) walk_block(cx, &m->init->body, m->no_boundscheck);
}
