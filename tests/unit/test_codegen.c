/* tests/unit/test_codegen.c — the C backend end to end, without the frontend.
 *
 * Each case builds an IR module by hand with the ir.h constructors (shaped
 * the way lowering shapes it), prints it (--emit-ir text), emits C, compiles
 * that with warnings as errors, runs it, and compares stdout, the exit status
 * and the traceback/exception lines of stderr with the expected text. The
 * expected text is checked against python3 running the case's Python source
 * (CPython is the oracle) whenever python3 is on PATH.
 *
 * usage: test_codegen ROOT BUILD_DIR   (BUILD_DIR holds libkrait_rt.a) */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "../../codegen/codegen.h"
#include "../../runtime/include/krait/rt.h"

/* ---- building IR ---- */

typedef struct B {
  Ctx *cx;
  IrModule *m;
  IrFunc *fn;
  IrList *out;        /* where statements go */
} B;

static Type *ty(TypeKind k) { return type_prim(k); }
#define INT ty(TY_I64)
#define FLT ty(TY_F64)
#define BOOL ty(TY_BOOL)
#define STR ty(TY_STR)
#define NONE ty(TY_NONE)

static Span L(B *b, int line) {
  Source *s = b->m->src;
  uint32_t at = s->lines[line - 1];
  return (Span){0, at, at + 1};
}

static IrNode *I(B *b, int64_t v) { return ir_const_int(b->cx, (Span){0}, INT, v); }
static IrNode *Fl(B *b, double v) { return ir_const_float(b->cx, (Span){0}, FLT, v); }
static IrNode *Bo(B *b, bool v) { return ir_const_int(b->cx, (Span){0}, BOOL, v); }
static IrNode *Sx(B *b, const char *s) {
  return ir_const_str(b->cx, (Span){0}, s, (int64_t)strlen(s));
}
static IrNode *V(B *b, IrVar *v) { return ir_var(b->cx, (Span){0}, v); }

static IrNode *bin(B *b, BinOp op, IrNode *l, IrNode *r) {
  IrNode *n = ir_new(b->cx, IR_BINOP, (Span){0}, l->type);
  n->as.bin.op = op;
  n->as.bin.lhs = l;
  n->as.bin.rhs = r;
  return n;
}

static IrNode *cmp(B *b, CmpOp op, IrNode *l, IrNode *r) {
  IrNode *n = ir_new(b->cx, IR_CMP, (Span){0}, BOOL);
  n->as.cmp.op = op;
  n->as.cmp.lhs = l;
  n->as.cmp.rhs = r;
  return n;
}

static IrNode **argv_of(B *b, int n, va_list ap) {
  IrNode **a = NEWN(&b->cx->arena, IrNode *, n ? n : 1);
  for (int i = 0; i < n; i++) a[i] = va_arg(ap, IrNode *);
  return a;
}

static IrNode *call(B *b, IrFunc *fn, int n, ...) {
  IrNode *c = ir_new(b->cx, IR_CALL, (Span){0}, fn->ret);
  va_list ap;
  va_start(ap, n);
  c->as.call.fn = fn;
  c->as.call.args = argv_of(b, n, ap);
  c->as.call.nargs = n;
  va_end(ap);
  return c;
}

static IrNode *tuple(B *b, int n, ...) {
  va_list ap;
  va_start(ap, n);
  IrNode **e = argv_of(b, n, ap);
  va_end(ap);
  Type **ts = NEWN(&b->cx->arena, Type *, n ? n : 1);
  for (int i = 0; i < n; i++) ts[i] = e[i]->type;
  IrNode *t = ir_new(b->cx, IR_TUPLE, (Span){0}, type_tuple(b->cx, ts, n));
  t->as.list.elts = e;
  t->as.list.n = n;
  return t;
}

static IrNode *list(B *b, Type *elem, int n, ...) {
  va_list ap;
  va_start(ap, n);
  IrNode *l = ir_new(b->cx, IR_LIST, (Span){0}, type_list(b->cx, elem));
  l->as.list.elts = argv_of(b, n, ap);
  l->as.list.n = n;
  va_end(ap);
  return l;
}

static IrNode *index_(B *b, IrNode *l, IrNode *k) {
  IrNode *n = ir_new(b->cx, IR_INDEX, (Span){0}, l->type->elem);
  n->as.index.base = l;
  n->as.index.index = k;
  return n;
}

static IrFunc *func(B *b, const char *name, Type *ret) {
  IrFunc *fn = NEW(&b->cx->arena, IrFunc);
  fn->name = name;
  fn->cname = arena_printf(&b->cx->arena, "kp_%s_%s", b->m->name, name);
  fn->ret = ret;
  vec_push(&b->cx->arena, &b->m->funcs, fn);
  b->fn = fn;
  b->out = &fn->body;
  return fn;
}

static IrFunc *init_func(B *b) {
  IrFunc *fn = func(b, "__init", NONE);
  fn->is_init = true;
  b->m->init = fn;
  return fn;
}

static IrVar *param(B *b, const char *name, Type *t) {
  IrVar *v = ir_new_var(b->cx, b->fn, name, t, VAR_PARAM, (Span){0});
  IrFunc *fn = b->fn;
  IrVar **ps = NEWN(&b->cx->arena, IrVar *, fn->nparams + 1);
  if (fn->nparams) memcpy(ps, fn->params, sizeof(IrVar *) * (size_t)fn->nparams);
  ps[fn->nparams++] = v;
  fn->params = ps;
  return v;
}

static IrVar *local(B *b, const char *name, Type *t) {
  return ir_new_var(b->cx, b->fn, name, t, VAR_LOCAL, (Span){0});
}
static IrVar *temp(B *b, Type *t) { return ir_new_var(b->cx, b->fn, NULL, t, VAR_TEMP, (Span){0}); }

static IrVar *global(B *b, const char *name, Type *t) {
  IrVar *v = NEW(&b->cx->arena, IrVar);
  v->name = name;
  v->type = t;
  v->kind = VAR_GLOBAL;
  v->id = b->m->globals.len;
  vec_push(&b->cx->arena, &b->m->globals, v);
  return v;
}

static IrNode *emit(B *b, IrNode *n) {
  vec_push(&b->cx->arena, b->out, n);
  return n;
}

static void assign(B *b, int line, IrNode *dst, IrNode *src) {
  emit(b, ir_assign(b->cx, L(b, line), dst, src));
}
static void set(B *b, int line, IrVar *v, IrNode *src) { assign(b, line, V(b, v), src); }

static void expr_stmt(B *b, int line, IrNode *x) {
  IrNode *n = emit(b, ir_new(b->cx, IR_EXPR, L(b, line), NULL));
  n->as.expr = x;
}

static void ret(B *b, int line, IrNode *x) {
  IrNode *n = emit(b, ir_new(b->cx, IR_RETURN, L(b, line), NULL));
  n->as.expr = x;
}

static void simple(B *b, int line, IrKind k) { emit(b, ir_new(b->cx, k, L(b, line), NULL)); }

/* Pieces: lit("..."), str_(x), repr_(x), fmt_(x, spec). */
static IrPiece lit(const char *s) { return (IrPiece){.lit = s, .litlen = (int64_t)strlen(s)}; }
static IrPiece str_(IrNode *x) { return (IrPiece){.value = x, .conv = 's'}; }
static IrPiece repr_(IrNode *x) { return (IrPiece){.value = x, .conv = 'r'}; }
static IrPiece fmt_(IrNode *x, IrNode *spec) {
  return (IrPiece){.value = x, .conv = 's', .spec = spec};
}

static IrNode *fmt_node(B *b, IrKind k, int line, int n, va_list ap) {
  IrNode *f = ir_new(b->cx, k, L(b, line), k == IR_STRBUILD ? STR : NULL);
  f->as.fmt.pieces = NEWN(&b->cx->arena, IrPiece, n);
  for (int i = 0; i < n; i++) f->as.fmt.pieces[i] = va_arg(ap, IrPiece);
  f->as.fmt.n = n;
  return f;
}

static void print(B *b, int line, int n, ...) {
  va_list ap;
  va_start(ap, n);
  emit(b, fmt_node(b, IR_PRINT, line, n, ap));
  va_end(ap);
}

static void eprint(B *b, int line, int n, ...) {
  va_list ap;
  va_start(ap, n);
  emit(b, fmt_node(b, IR_PRINT, line, n, ap))->as.fmt.to_stderr = true;
  va_end(ap);
}

static IrNode *strbuild(B *b, int n, ...) {
  va_list ap;
  va_start(ap, n);
  IrNode *s = fmt_node(b, IR_STRBUILD, 1, n, ap);
  s->span = (Span){0};
  va_end(ap);
  return s;
}

/* Block structure: if_ / while_ / for_ return the node; begin/end switch
 * where statements go. */
static IrNode *if_(B *b, int line, IrNode *cond) {
  IrNode *n = emit(b, ir_new(b->cx, IR_IF, L(b, line), NULL));
  n->as.if_.cond = cond;
  return n;
}

static IrNode *while_(B *b, int line, IrNode *cond) {
  IrNode *n = emit(b, ir_new(b->cx, IR_WHILE, L(b, line), NULL));
  n->as.while_.cond = cond;
  return n;
}

static IrNode *for_(B *b, int line, IrVar *iv, IrNode *lo, IrNode *hi, IrNode *step, int dir) {
  IrNode *n = emit(b, ir_new(b->cx, IR_LOOP, L(b, line), NULL));
  n->as.loop.iv = iv;
  n->as.loop.lo = lo;
  n->as.loop.hi = hi;
  n->as.loop.step = step;
  n->as.loop.dir = dir;
  return n;
}

static IrList *begin(B *b, IrList *l) {
  IrList *old = b->out;
  b->out = l;
  return old;
}

static void raise_(B *b, int line, KrExc e, IrNode *msg) {
  IrNode *n = emit(b, ir_new(b->cx, IR_RAISE, L(b, line), NULL));
  n->as.raise.exc = e;
  n->as.raise.msg = msg;
}

/* ---- the cases ---- */

typedef struct Case {
  const char *name;
  const char *py;             /* the Python program the IR stands for */
  void (*build)(B *b);
  const char *out;            /* expected stdout */
  const char *err;            /* expected stderr lines (FILE = the .py path), filtered */
  int status;
} Case;

static void build_collatz(B *b) {
  IrFunc *f = func(b, "collatz_len", INT);
  IrVar *n = param(b, "n", INT), *steps = local(b, "steps", INT);
  IrVar *t1 = temp(b, INT), *t2 = temp(b, INT);
  set(b, 2, steps, I(b, 0));
  IrNode *w = while_(b, 3, cmp(b, CMP_NE, V(b, n), I(b, 1)));
  IrList *top = begin(b, &w->as.while_.body);
  set(b, 4, t1, ir_intrin(b->cx, (Span){0}, INT, IN_MOD_I64, 2, V(b, n), I(b, 2)));
  IrNode *c = if_(b, 4, cmp(b, CMP_EQ, V(b, t1), I(b, 0)));
  begin(b, &c->as.if_.then);
  set(b, 5, t2, ir_intrin(b->cx, (Span){0}, INT, IN_FLOORDIV_I64, 2, V(b, n), I(b, 2)));
  set(b, 5, n, V(b, t2));
  begin(b, &c->as.if_.orelse);
  set(b, 7, n, bin(b, OP_ADD, bin(b, OP_MUL, I(b, 3), V(b, n)), I(b, 1)));
  begin(b, &w->as.while_.body);
  set(b, 8, steps, bin(b, OP_ADD, V(b, steps), I(b, 1)));
  begin(b, top);
  ret(b, 9, V(b, steps));

  init_func(b);
  IrVar *i = global(b, "i", INT);
  IrVar *u1 = temp(b, INT), *u2 = temp(b, INT), *u3 = temp(b, INT);
  set(b, 12, u1, call(b, f, 1, I(b, 27)));
  print(b, 12, 2, str_(V(b, u1)), lit("\n"));
  IrNode *lp = for_(b, 13, u2, I(b, 1), I(b, 6), I(b, 1), 1);
  begin(b, &lp->as.loop.body);
  set(b, 13, i, V(b, u2));
  set(b, 14, u3, call(b, f, 1, V(b, i)));
  print(b, 14, 4, str_(V(b, i)), lit(" "), str_(V(b, u3)), lit("\n"));
}

static void build_fib(B *b) {
  IrFunc *f = func(b, "fib", INT);
  IrVar *n = param(b, "n", INT), *t1 = temp(b, INT), *t2 = temp(b, INT);
  IrNode *c = if_(b, 2, cmp(b, CMP_LT, V(b, n), I(b, 2)));
  IrList *top = begin(b, &c->as.if_.then);
  ret(b, 3, V(b, n));
  begin(b, top);
  set(b, 4, t1, call(b, f, 1, bin(b, OP_SUB, V(b, n), I(b, 1))));
  set(b, 4, t2, call(b, f, 1, bin(b, OP_SUB, V(b, n), I(b, 2))));
  ret(b, 4, bin(b, OP_ADD, V(b, t1), V(b, t2)));

  init_func(b);
  IrVar *u = temp(b, INT);
  set(b, 7, u, call(b, f, 1, I(b, 25)));
  print(b, 7, 2, str_(V(b, u)), lit("\n"));
}

static void build_raise(B *b) {
  IrFunc *check = func(b, "check", INT);
  IrVar *x = param(b, "x", INT), *t1 = temp(b, STR);
  IrNode *c = if_(b, 2, cmp(b, CMP_LT, V(b, x), I(b, 0)));
  IrList *top = begin(b, &c->as.if_.then);
  set(b, 3, t1, strbuild(b, 2, lit("negative value: "), str_(V(b, x))));
  raise_(b, 3, KR_EXC_ValueError, V(b, t1));
  begin(b, top);
  ret(b, 4, bin(b, OP_MUL, V(b, x), I(b, 2)));

  IrFunc *mainf = func(b, "main", NONE);
  IrVar *a = temp(b, INT), *d = temp(b, INT);
  set(b, 8, a, call(b, check, 1, I(b, 5)));
  print(b, 8, 2, str_(V(b, a)), lit("\n"));
  set(b, 9, d, call(b, check, 1, I(b, -3)));
  print(b, 9, 2, str_(V(b, d)), lit("\n"));

  init_func(b);
  expr_stmt(b, 12, call(b, mainf, 0));
}

static IrNode *in_(B *b, Intrinsic id, Type *t, int n, IrNode *x, IrNode *y) {
  if (n == 1) return ir_intrin(b->cx, (Span){0}, t, id, 1, x);
  return ir_intrin(b->cx, (Span){0}, t, id, 2, x, y);
}

static void build_containers(B *b) {
  init_func(b);
  Type *lint = type_list(b->cx, INT), *lstr = type_list(b->cx, STR);
  IrNode *tv = tuple(b, 3, I(b, 1), Sx(b, "a"), Fl(b, 2.5));
  IrVar *t = global(b, "t", tv->type), *xs = global(b, "xs", lint);
  IrVar *names = global(b, "names", lstr);
  set(b, 1, t, tv);
  set(b, 2, xs, list(b, INT, 3, I(b, 1), I(b, 2), I(b, 3)));
  expr_stmt(b, 3, in_(b, IN_LIST_APPEND, NONE, 2, V(b, xs), I(b, 4)));
  set(b, 4, names, list(b, STR, 2, Sx(b, "x"), Sx(b, "it's")));
  print(b, 5, 6, str_(V(b, t)), lit(" "), str_(V(b, xs)), lit(" "), str_(V(b, names)), lit("\n"));
  IrNode *p1 = tuple(b, 2, I(b, 1), Sx(b, "b"));
  IrVar *t1 = temp(b, type_list(b->cx, p1->type));
  set(b, 6, t1, list(b, p1->type, 2, p1, tuple(b, 2, I(b, 2), Sx(b, "c"))));
  print(b, 6, 4, str_(tuple(b, 1, I(b, 7))), lit(" "), str_(V(b, t1)), lit("\n"));
  IrVar *t3 = temp(b, lint), *t4 = temp(b, lint), *t2 = temp(b, type_list(b->cx, lint));
  IrVar *t5 = temp(b, lint), *t6 = temp(b, type_list(b->cx, BOOL));
  IrVar *t7 = temp(b, type_list(b->cx, FLT));
  set(b, 7, t3, list(b, INT, 2, I(b, 1), I(b, 2)));
  set(b, 7, t4, list(b, INT, 1, I(b, 3)));
  set(b, 7, t2, list(b, lint, 2, V(b, t3), V(b, t4)));
  set(b, 7, t5, list(b, INT, 0));
  set(b, 7, t6, list(b, BOOL, 2, Bo(b, true), Bo(b, false)));
  set(b, 7, t7, list(b, FLT, 2, Fl(b, 0.1), Fl(b, -0.0)));
  print(b, 7, 8, str_(V(b, t2)), lit(" "), str_(V(b, t5)), lit(" "), str_(V(b, t6)), lit(" "),
        str_(V(b, t7)), lit("\n"));
  IrVar *t8 = temp(b, INT), *t9 = temp(b, INT), *t10 = temp(b, INT);
  set(b, 8, t8, in_(b, IN_LIST_LEN, INT, 1, V(b, xs), NULL));
  set(b, 8, t9, in_(b, IN_LIST_POP, INT, 2, V(b, xs), I(b, -1)));
  set(b, 8, t10, in_(b, IN_LIST_FIND, INT, 2, V(b, xs), I(b, 3)));
  print(b, 8, 8, str_(V(b, t8)), lit(" "), str_(V(b, t9)), lit(" "), str_(V(b, xs)), lit(" "),
        str_(cmp(b, CMP_GE, V(b, t10), I(b, 0))), lit("\n"));
  IrVar *t11 = temp(b, INT), *t12 = temp(b, lstr);
  set(b, 9, t11, in_(b, IN_LIST_INDEX_OF, INT, 2, V(b, xs), I(b, 2)));
  set(b, 9, t12, list(b, STR, 2, Sx(b, "x"), Sx(b, "it's")));
  IrNode *lt = cmp(b, CMP_LT, V(b, t), tuple(b, 3, I(b, 1), Sx(b, "b"), Fl(b, 0.0)));
  print(b, 9, 6, str_(V(b, t11)), lit(" "), str_(lt), lit(" "),
        str_(cmp(b, CMP_EQ, V(b, names), V(b, t12))), lit("\n"));
  expr_stmt(b, 10, in_(b, IN_LIST_INDEX_OF, INT, 2, V(b, xs), I(b, 10)));
}

static void build_format(B *b) {
  init_func(b);
  IrVar *x = global(b, "x", FLT), *n = global(b, "n", INT), *s = global(b, "s", STR);
  IrVar *w = global(b, "w", STR);
  set(b, 2, x, Fl(b, 3.14159));
  set(b, 3, n, I(b, 42));
  set(b, 4, s, strbuild(b, 9, lit("pi="), fmt_(V(b, x), Sx(b, ".3f")), lit(" n="),
                        fmt_(V(b, n), Sx(b, ">5")), lit(" "), fmt_(V(b, n), Sx(b, "x")), lit(" "),
                        repr_(Sx(b, "hi")), lit(" ")));
  /* {True} appended separately: s = s + str(True) keeps the line short */
  IrVar *t0 = temp(b, STR);
  set(b, 4, t0, strbuild(b, 2, str_(V(b, s)), str_(Bo(b, true))));
  set(b, 4, s, V(b, t0));
  print(b, 5, 2, str_(V(b, s)), lit("\n"));
  print(b, 6, 12, fmt_(V(b, x), Sx(b, "10.2e")), lit("|"), fmt_(I(b, -7), Sx(b, "+d")), lit("|"),
        fmt_(Sx(b, "ab"), Sx(b, "^6")), lit("|"), str_(Fl(b, 2.5)), lit("|"), str_(Fl(b, 1e16)),
        lit("|"), str_(V(b, n)), lit("\n"));
  set(b, 7, w, Sx(b, ">8"));
  print(b, 8, 3, lit("["), fmt_(V(b, n), V(b, w)), lit("]\n"));
  eprint(b, 9, 3, lit("n="), fmt_(V(b, n), Sx(b, "05d")), lit("\n"));
  print(b, 10, 2, fmt_(V(b, n), Sx(b, ".3q")), lit("\n"));
}

static void build_misc(B *b) {
  Type *lint = type_list(b->cx, INT), *lstr = type_list(b->cx, STR);
  IrFunc *count = func(b, "count", INT);
  IrVar *n = param(b, "n", INT), *step = param(b, "step", INT);
  IrVar *total = local(b, "total", INT), *i = local(b, "i", INT), *k1 = temp(b, INT);
  set(b, 2, total, I(b, 0));
  IrNode *lp = for_(b, 3, k1, V(b, n), I(b, 0), V(b, step), 0);
  IrList *top = begin(b, &lp->as.loop.body);
  set(b, 3, i, V(b, k1));
  set(b, 4, total, bin(b, OP_ADD, V(b, total), V(b, i)));
  begin(b, top);
  ret(b, 5, V(b, total));

  IrFunc *first = func(b, "first_long", STR);
  IrVar *words = param(b, "words", lstr), *k = param(b, "k", INT);
  IrVar *best = local(b, "best", STR), *wv = local(b, "w", STR);
  IrVar *j = temp(b, INT), *len = temp(b, INT), *wl = temp(b, INT);
  set(b, 9, best, Sx(b, ""));
  set(b, 10, len, in_(b, IN_LIST_LEN, INT, 1, V(b, words), NULL));
  lp = for_(b, 10, j, I(b, 0), V(b, len), I(b, 1), 1);
  top = begin(b, &lp->as.loop.body);
  set(b, 10, wv, index_(b, V(b, words), V(b, j)));
  set(b, 11, wl, in_(b, IN_STR_LEN, INT, 1, V(b, wv), NULL));
  IrNode *c = if_(b, 11, cmp(b, CMP_GE, V(b, wl), V(b, k)));
  begin(b, &c->as.if_.then);
  set(b, 12, best, V(b, wv));
  simple(b, 13, IR_BREAK);
  begin(b, top);
  ret(b, 14, V(b, best));

  init_func(b);
  IrVar *grid = global(b, "grid", type_list(b->cx, lint)), *row = global(b, "row", lint);
  IrVar *ws = global(b, "ws", lstr), *kk = global(b, "k", INT);
  IrVar *a = temp(b, lint), *bb = temp(b, lint);
  set(b, 17, a, list(b, INT, 2, I(b, 1), I(b, 2)));
  set(b, 17, bb, list(b, INT, 2, I(b, 3), I(b, 4)));
  set(b, 17, grid, list(b, lint, 2, V(b, a), V(b, bb)));
  set(b, 18, row, index_(b, V(b, grid), I(b, 1)));
  set(b, 19, grid, list(b, lint, 1, V(b, row)));
  print(b, 20, 4, str_(V(b, grid)), lit(" "), str_(V(b, row)), lit("\n"));
  IrVar *c1 = temp(b, INT), *c2 = temp(b, INT), *c3 = temp(b, INT);
  set(b, 21, c1, call(b, count, 2, I(b, 10), I(b, -3)));
  set(b, 21, c2, call(b, count, 2, I(b, 10), I(b, -1)));
  set(b, 21, c3, call(b, count, 2, I(b, 5), I(b, -2)));
  print(b, 21, 6, str_(V(b, c1)), lit(" "), str_(V(b, c2)), lit(" "), str_(V(b, c3)), lit("\n"));
  set(b, 22, ws, list(b, STR, 3, Sx(b, "a"), Sx(b, "abc"), Sx(b, "abcd")));
  IrVar *f1 = temp(b, STR), *f2 = temp(b, STR);
  set(b, 23, f1, call(b, first, 2, V(b, ws), I(b, 3)));
  set(b, 23, f2, call(b, first, 2, V(b, ws), I(b, 9)));
  print(b, 23, 6, str_(V(b, f1)), lit(" "), str_(cmp(b, CMP_EQ, V(b, f2), Sx(b, ""))), lit(" "),
        str_(cmp(b, CMP_LT, Sx(b, "abc"), Sx(b, "abd"))), lit("\n"));
  set(b, 24, kk, I(b, 0));
  IrNode *w = while_(b, 25, Bo(b, true));
  begin(b, &w->as.while_.body);
  set(b, 26, kk, bin(b, OP_ADD, V(b, kk), I(b, 1)));
  IrVar *m3 = temp(b, INT);
  set(b, 27, m3, ir_intrin(b->cx, (Span){0}, INT, IN_MOD_I64, 2, V(b, kk), I(b, 3)));
  IrNode *c3i = if_(b, 27, cmp(b, CMP_EQ, V(b, m3), I(b, 0)));
  IrList *wb = begin(b, &c3i->as.if_.then);
  simple(b, 28, IR_CONTINUE);
  begin(b, wb);
  IrNode *c7 = if_(b, 29, cmp(b, CMP_GT, V(b, kk), I(b, 7)));
  begin(b, &c7->as.if_.then);
  simple(b, 30, IR_BREAK);
  begin(b, wb);
  print(b, 31, 2, str_(V(b, kk)), lit(" "));
  begin(b, &b->fn->body);
  print(b, 32, 1, lit("\n"));
}

static void build_recursion(B *b) {
  IrFunc *f = func(b, "down", INT);
  IrVar *n = param(b, "n", INT), *t1 = temp(b, INT);
  set(b, 2, t1, call(b, f, 1, bin(b, OP_ADD, V(b, n), I(b, 1))));
  ret(b, 2, bin(b, OP_ADD, V(b, t1), I(b, 1)));
  init_func(b);
  IrVar *u = temp(b, INT);
  set(b, 5, u, call(b, f, 1, I(b, 0)));
  print(b, 5, 2, str_(V(b, u)), lit("\n"));
}

static const Case cases[] = {
    {"collatz",
     "def collatz_len(n: int) -> int:\n"
     "    steps = 0\n"
     "    while n != 1:\n"
     "        if n % 2 == 0:\n"
     "            n = n // 2\n"
     "        else:\n"
     "            n = 3 * n + 1\n"
     "        steps += 1\n"
     "    return steps\n"
     "\n"
     "\n"
     "print(collatz_len(27))\n"
     "for i in range(1, 6):\n"
     "    print(i, collatz_len(i))\n",
     build_collatz, "111\n1 0\n2 1\n3 7\n4 2\n5 5\n", "", 0},
    {"fib",
     "def fib(n: int) -> int:\n"
     "    if n < 2:\n"
     "        return n\n"
     "    return fib(n - 1) + fib(n - 2)\n"
     "\n"
     "\n"
     "print(fib(25))\n",
     build_fib, "75025\n", "", 0},
    {"recursion_error",
     "def down(n: int) -> int:\n"
     "    return down(n + 1) + 1\n"
     "\n"
     "\n"
     "print(down(0))\n",
     build_recursion, "",
     "Traceback (most recent call last):\n"
     "  File \"FILE\", line 5, in <module>\n"
     "  File \"FILE\", line 2, in down\n"
     "  File \"FILE\", line 2, in down\n"
     "  File \"FILE\", line 2, in down\n"
     "RecursionError: maximum recursion depth exceeded\n",
     1},
    {"raise_value_error",
     "def check(x: int) -> int:\n"
     "    if x < 0:\n"
     "        raise ValueError(f\"negative value: {x}\")\n"
     "    return x * 2\n"
     "\n"
     "\n"
     "def main() -> None:\n"
     "    print(check(5))\n"
     "    print(check(-3))\n"
     "\n"
     "\n"
     "main()\n",
     build_raise, "10\n",
     "Traceback (most recent call last):\n"
     "  File \"FILE\", line 12, in <module>\n"
     "  File \"FILE\", line 9, in main\n"
     "  File \"FILE\", line 3, in check\n"
     "ValueError: negative value: -3\n",
     1},
    {"containers",
     "t = (1, 'a', 2.5)\n"
     "xs = [1, 2, 3]\n"
     "xs.append(4)\n"
     "names = ['x', \"it's\"]\n"
     "print(t, xs, names)\n"
     "print((7,), [(1, 'b'), (2, 'c')])\n"
     "print([[1, 2], [3]], [], [True, False], [0.1, -0.0])\n"
     "print(len(xs), xs.pop(), xs, 3 in xs)\n"
     "print(xs.index(2), t < (1, 'b', 0.0), names == ['x', \"it's\"])\n"
     "xs.index(10)\n",
     build_containers,
     "(1, 'a', 2.5) [1, 2, 3, 4] ['x', \"it's\"]\n"
     "(7,) [(1, 'b'), (2, 'c')]\n"
     "[[1, 2], [3]] [] [True, False] [0.1, -0.0]\n"
     "4 4 [1, 2, 3] True\n"
     "1 True True\n",
     "Traceback (most recent call last):\n"
     "  File \"FILE\", line 10, in <module>\n"
     "ValueError: 10 is not in list\n",
     1},
    {"format_specs",
     "import sys\n"
     "x = 3.14159\n"
     "n = 42\n"
     "s = f\"pi={x:.3f} n={n:>5} {n:x} {'hi'!r} \" + str(True)\n"
     "print(s)\n"
     "print(f\"{x:10.2e}|{-7:+d}|{'ab':^6}|{2.5}|{1e16}|{n}\")\n"
     "w = \">8\"\n"
     "print(f\"[{n:{w}}]\")\n"
     "print(f\"n={n:05d}\", file=sys.stderr)\n"
     "print(f\"{n:.3q}\")\n",
     build_format,
     "pi=3.142 n=   42 2a 'hi' True\n"
     "  3.14e+00|-7|  ab  |2.5|1e+16|42\n"
     "[      42]\n",
     "n=00042\n"
     "Traceback (most recent call last):\n"
     "  File \"FILE\", line 10, in <module>\n"
     "ValueError: Unknown format code 'q' for object of type 'int'\n",
     1},
    {"loops_and_refs",
     "def count(n: int, step: int) -> int:\n"
     "    total = 0\n"
     "    for i in range(n, 0, step):\n"
     "        total += i\n"
     "    return total\n"
     "\n"
     "\n"
     "def first_long(words: list[str], k: int) -> str:\n"
     "    best = \"\"\n"
     "    for w in words:\n"
     "        if len(w) >= k:\n"
     "            best = w\n"
     "            break\n"
     "    return best\n"
     "\n"
     "\n"
     "grid = [[1, 2], [3, 4]]\n"
     "row = grid[1]\n"
     "grid = [row]\n"
     "print(grid, row)\n"
     "print(count(10, -3), count(10, -1), count(5, -2))\n"
     "ws = [\"a\", \"abc\", \"abcd\"]\n"
     "print(first_long(ws, 3), first_long(ws, 9) == \"\", \"abc\" < \"abd\")\n"
     "k = 0\n"
     "while True:\n"
     "    k += 1\n"
     "    if k % 3 == 0:\n"
     "        continue\n"
     "    if k > 7:\n"
     "        break\n"
     "    print(k, end=\" \")\n"
     "print()\n",
     build_misc,
     "[[3, 4]] [3, 4]\n"
     "22 55 9\n"
     "abc True True\n"
     "1 2 4 5 7 \n",
     "", 0},
};

/* ---- running ---- */

static char *slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return strdup("");
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *s = malloc((size_t)n + 1);
  size_t got = fread(s, 1, (size_t)n, f);
  s[got] = 0;
  fclose(f);
  return s;
}

static void spit(const char *path, const char *text) {
  FILE *f = fopen(path, "wb");
  if (!f) {
    perror(path);
    exit(2);
  }
  fputs(text, f);
  fclose(f);
}

static int run(const char *cmd) {
  int st = system(cmd);
  return WIFEXITED(st) ? WEXITSTATUS(st) : 128;
}

/* Keep what both CPython and krait print: the Traceback header, the File
 * lines and the unindented lines (messages, the exception); CPython's
 * source and caret lines are indented. */
static char *filter_err(const char *s) {
  StrBuf b = {0};
  while (*s) {
    const char *e = strchr(s, '\n');
    size_t n = e ? (size_t)(e - s) : strlen(s);
    if (n && (s[0] != ' ' || !strncmp(s, "  File ", 7))) {
      sb_putn(&b, s, n);
      sb_putc(&b, '\n');
    }
    s += n + (e != NULL);
  }
  return b.p ? b.p : strdup("");
}

static char *expand_file(const char *tmpl, const char *path) {
  StrBuf b = {0};
  for (const char *s = tmpl; *s;) {
    if (!strncmp(s, "FILE", 4)) {
      sb_puts(&b, path);
      s += 4;
    } else {
      sb_putc(&b, *s++);
    }
  }
  return b.p ? b.p : strdup("");
}

static bool same(const char *what, const char *name, const char *want, const char *got) {
  if (!strcmp(want, got)) return true;
  printf("FAIL %s: %s differs\n--- expected\n%s--- got\n%s---\n", name, what, want, got);
  return false;
}

/* Run `cmd` (stdout/stderr to base.out/.err) and compare with the case. */
static bool run_and_compare(const Case *c, const char *who, const char *cmd, const char *base,
                            const char *py_path) {
  char *full = malloc(strlen(cmd) + 2 * strlen(base) + 32);
  sprintf(full, "%s >%s.out 2>%s.err", cmd, base, base);
  int st = run(full);
  free(full);
  char path[4096];
  snprintf(path, sizeof path, "%s.out", base);
  char *out = slurp(path);
  snprintf(path, sizeof path, "%s.err", base);
  char *raw = slurp(path), *err = filter_err(raw), *want_err = expand_file(c->err, py_path);
  char what[64];
  snprintf(what, sizeof what, "%s stdout", who);
  bool ok = same(what, c->name, c->out, out);
  snprintf(what, sizeof what, "%s stderr", who);
  ok &= same(what, c->name, want_err, err);
  if (st != c->status) {
    printf("FAIL %s: %s exit status %d, expected %d\n", c->name, who, st, c->status);
    ok = false;
  }
  free(out), free(raw), free(err), free(want_err);
  return ok;
}

/* One context for all cases: interned types live in the first context's
 * arena (types.c), as krait compiles one module per process. */
static Ctx cx;

static bool run_case(const Case *c, const char *root, const char *dir, bool have_python) {
  char py[4096], cfile[4096], exe[4096], irf[4096], cmd[16384];
  snprintf(py, sizeof py, "%s/%s.py", dir, c->name);
  snprintf(cfile, sizeof cfile, "%s/%s.c", dir, c->name);
  snprintf(irf, sizeof irf, "%s/%s.ir", dir, c->name);
  snprintf(exe, sizeof exe, "%s/%s", dir, c->name);
  spit(py, c->py);

  IrModule *m = NEW(&cx.arena, IrModule);
  m->name = c->name;
  m->is_exe = true;
  m->src = source_from_text(&cx, py, c->py, strlen(c->py));
  B b = {.cx = &cx, .m = m};
  c->build(&b);
  ir_verify(&cx, m);
  StrBuf ir = {0}, out = {0};
  ir_print_module(&cx, m, &ir);
  spit(irf, ir.p);
  CgOptions o = {.exe = true, .line_directives = true, .py_path = py};
  cg_emit_module(&cx, m, &o, &out);
  spit(cfile, out.p);
  sb_free(&ir);
  sb_free(&out);

  snprintf(cmd, sizeof cmd,
           "gcc -std=gnu11 -O3 -march=native -fwrapv -fno-math-errno -Wall -Wextra -Werror "
           "-I%s/runtime/include %s %s/libkrait_rt.a -lm -o %s",
           root, cfile, dir, exe);
  if (run(cmd) != 0) {
    printf("FAIL %s: the generated C does not compile cleanly (%s)\n", c->name, cfile);
    return false;
  }
  char base[4200];
  snprintf(base, sizeof base, "%s/%s.krait", dir, c->name);
  bool ok = run_and_compare(c, "krait", exe, base, py);
  if (have_python) {
    snprintf(cmd, sizeof cmd, "python3 %s", py);
    snprintf(base, sizeof base, "%s/%s.python", dir, c->name);
    ok &= run_and_compare(c, "python3 (oracle)", cmd, base, py);
  }
  printf("%s %s\n", ok ? "ok  " : "FAIL", c->name);
  return ok;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: %s ROOT BUILD_DIR\n", argv[0]);
    return 2;
  }
  char dir[4096];
  if (!realpath(argv[2], dir)) {
    perror(argv[2]);
    return 2;
  }
  ctx_init(&cx);
  types_init(&cx);
  bool have_python = run("python3 -c pass >/dev/null 2>&1") == 0;
  int passed = 0, failed = 0;
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    if (argc > 3 && strcmp(argv[3], cases[i].name)) continue;
    if (run_case(&cases[i], argv[1], dir, have_python)) passed++;
    else failed++;
  }
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
