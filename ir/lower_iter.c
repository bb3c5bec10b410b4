/* ir/lower_iter.c — loops over sequences: `for` statements, list
 * comprehensions, and the builtins that consume an iterable (sum, min,
 * max, any, all, list, sorted, extend).
 *
 * A loop over range(...), prange(...) or reversed(range(...)) is a LOOP
 * (PARLOOP) on the range itself: the hidden counter iv runs over the range
 * and the body starts with `target = iv`. Every other loop counts
 * k = 0, 1, ... and reads item k of each source ("Src"):
 *   list      l[k]            while k < len(l) (re-read: the body may append)
 *   str       s[k]            fixed length
 *   tuple     t.f<k>          fixed length (homogeneous tuples only)
 *   range     lo + k*step     fixed length (inside zip/enumerate)
 *   enumerate (start + k, item)
 *   zip       (item_a, item_b, ...)   stops at the shortest
 *   reversed  index n-1-k (lists: n is the length when the loop starts)
 * When every length is fixed, the loop is LOOP(k, 0, min(lengths)); else
 *   k = 0; WHILE(cond(k)) { bind(item(k)); k = k + 1; body }
 * (the item is stored before k moves, so `continue` needs no special case). */
#include <string.h>

#include "lower_impl.h"

typedef enum { SRC_RANGE, SRC_LIST, SRC_STR, SRC_TUPLE, SRC_ENUM, SRC_ZIP, SRC_ARRAY } SrcKind;

typedef struct Src Src;
struct Src {
  SrcKind kind;
  Span span;
  bool rev;           /* LIST STR TUPLE: reversed(...) */
  IrNode *seq;        /* LIST STR TUPLE: the sequence, held in a temporary */
  IrNode *lo, *hi, *step; /* RANGE: i64 constants or temporaries */
  int dir;            /* RANGE: sign of step when known, else 0 */
  IrNode *len;        /* a length that cannot change during the loop, or NULL */
  IrNode *n0;         /* reversed LIST: the length when the loop started */
  IrNode *start;      /* ENUM: the first count */
  Src **kids;         /* ENUM (one), ZIP */
  int nkids;
  Type *item;         /* the item's type */
};

static Src *new_src(Lower *l, SrcKind k, Span sp) {
  Src *s = NEW(&l->cx->arena, Src);
  s->kind = k;
  s->span = sp;
  return s;
}

static CallInfo *builtin_call(AstNode *n, Builtin b) {
  if (n->kind != AST_CALL) return NULL;
  CallInfo *ci = n->as.call.resolved;
  return ci && ci->kind == CALLK_BUILTIN && ci->builtin == b ? ci : NULL;
}

bool lower_is_prange(AstNode *iter) { return builtin_call(iter, B_KRAIT_PRANGE) != NULL; }

/* A value evaluated once before a loop and read in every iteration. */
static IrNode *fixed(Lower *l, IrNode *e) { return lw_to_temp(l, e); }

static IrNode *isub(Lower *l, Span sp, IrNode *a, IrNode *b) {
  return lw_binop(l, sp, OP_SUB, a, b, ty(TY_I64));
}

static Src *src_of(Lower *l, AstNode *iter, bool rev);

/* ---- sources ---- */

/* range(a, b, s): i64 bounds, held in temporaries unless constant;
 * s == 0 raises ValueError when the loop is reached, as in Python */
static Src *src_range(Lower *l, AstNode *call, CallInfo *ci) {
  Span sp = call->span;
  Src *s = new_src(l, SRC_RANGE, sp);
  int na = ci->nargs;
  if (na < 1 || na > 3) {
    diag_error(l->cx, sp, "range expected 1 to 3 arguments, got %d", na);
    return NULL;
  }
  IrNode *v[3];
  lower_seq(l, ci->args, na, v);
  for (int i = 0; i < na; i++) v[i] = fixed(l, lw_cast(l, v[i], ty(TY_I64)));
  s->lo = na >= 2 ? v[0] : lw_int(l, sp, 0);
  s->hi = na == 1 ? v[0] : v[1];
  s->step = na == 3 ? v[2] : lw_int(l, sp, 1);
  s->item = ty(TY_I64);
  int64_t st;
  const char *msg = "range() arg 3 must not be zero";
  if (lw_is_const(s->step, &st)) {
    s->dir = st > 0 ? 1 : -1;
    if (st == 0) lw_raise(l, sp, EXC_VALUE_ERROR, msg);
  } else {
    lw_raise_if(l, sp, lw_cmp(l, sp, CMP_EQ, s->step, lw_int(l, sp, 0)), EXC_VALUE_ERROR, msg);
  }
  return s;
}

/* reversed(range(lo, hi, s)) == range(lo + ((hi - lo - g) // s) * s, lo - g, -s)
 * with g the sign of s; for s = +-1 simply range(hi - s, lo - s, -s). */
static void range_reverse(Lower *l, Src *s) {
  Span sp = s->span;
  Type *i64 = ty(TY_I64);
  IrNode *lo = s->lo;
  int64_t st;
  if (lw_is_const(s->step, &st) && (st == 1 || st == -1)) {
    s->lo = fixed(l, isub(l, sp, s->hi, s->step));
    s->hi = fixed(l, isub(l, sp, lo, s->step));
  } else {
    IrNode *g = s->dir ? lw_int(l, sp, s->dir)
                       : fixed(l, lw_choose(l, sp, lw_cmp(l, sp, CMP_GT, s->step, lw_int(l, sp, 0)),
                                            lw_int(l, sp, 1), lw_int(l, sp, -1)));
    IrNode *args[2] = {isub(l, sp, isub(l, sp, s->hi, lo), g), s->step};
    IrNode *q = lw_to_temp(l, lw_intrin(l, sp, i64, IN_FLOORDIV_I64, 2, args));
    s->lo = fixed(l, lw_binop(l, sp, OP_ADD, lo, lw_binop(l, sp, OP_MUL, q, s->step, i64), i64));
    s->hi = fixed(l, isub(l, sp, lo, g));
  }
  s->step = fixed(l, isub(l, sp, lw_int(l, sp, 0), s->step));
  s->dir = -s->dir;
}

/* enumerate(x, start=0) */
static Src *src_enum(Lower *l, AstNode *call, CallInfo *ci) {
  Src *kid = ci->nargs ? src_of(l, ci->args[0], false) : NULL;
  if (!kid) return NULL;
  Src *s = new_src(l, SRC_ENUM, call->span);
  s->kids = NEWN(&l->cx->arena, Src *, 1);
  s->kids[0] = kid;
  s->nkids = 1;
  s->start = ci->nargs > 1 ? fixed(l, lw_cast(l, lower_pure(l, ci->args[1]), ty(TY_I64)))
                           : lw_int(l, call->span, 0);
  Type *elts[2] = {ty(TY_I64), kid->item};
  s->item = type_tuple(l->cx, elts, 2);
  return s;
}

/* zip(a, b, ...) */
static Src *src_zip(Lower *l, AstNode *call, CallInfo *ci) {
  int n = ci->nargs;
  if (n == 0) {
    diag_error(l->cx, call->span, "zip() needs at least one argument here");
    return NULL;
  }
  Src *s = new_src(l, SRC_ZIP, call->span);
  s->kids = NEWN(&l->cx->arena, Src *, n);
  s->nkids = n;
  Type **elts = NEWN(&l->cx->arena, Type *, n);
  bool ok = true;
  for (int i = 0; i < n; i++) {
    s->kids[i] = src_of(l, ci->args[i], false);
    ok = ok && s->kids[i];
    if (s->kids[i]) elts[i] = s->kids[i]->item;
  }
  if (!ok) return NULL;
  s->item = type_tuple(l->cx, elts, n);
  return s;
}

/* A tuple is iterated by index: its elements must share one type. */
static Src *src_tuple(Lower *l, Src *s, Type *t) {
  if (t->nelts == 0) return NULL; /* nothing to do */
  for (int i = 1; i < t->nelts; i++) {
    if (t->elts[i] != t->elts[0]) {
      diag_error(l->cx, s->span, "iterating over a tuple of different types is not supported");
      diag_hint(l->cx, "the loop variable would change type ('%s' and '%s')",
                type_name(l->cx, t->elts[0]), type_name(l->cx, t->elts[i]));
      return NULL;
    }
  }
  s->kind = SRC_TUPLE;
  s->item = t->elts[0];
  s->len = lw_int(l, s->span, t->nelts);
  return s;
}

/* A sequence value: list, str or tuple, held in a temporary (the loop
 * keeps iterating the object even if the variable is rebound). */
static Src *src_value(Lower *l, AstNode *iter, bool rev) {
  IrNode *v = lower_pure(l, iter);
  Type *t = v->type;
  Src *s = new_src(l, SRC_LIST, iter->span);
  s->rev = rev;
  bool temp = v->kind == IR_VAR && v->as.var->kind == VAR_TEMP; /* nobody else writes it */
  s->seq = temp ? v : lw_to_temp(l, v);
  if (t->kind == TY_LIST) {
    s->item = t->elem;
    if (rev) s->n0 = fixed(l, lw_intrin(l, iter->span, ty(TY_I64), IN_LIST_LEN, 1, &s->seq));
    return s;
  }
  if (t->kind == TY_STR) {
    s->kind = SRC_STR;
    s->item = t;
    s->len = fixed(l, lw_intrin(l, iter->span, ty(TY_I64), IN_STR_LEN, 1, &s->seq));
    return s;
  }
  if (t->kind == TY_TUPLE) return src_tuple(l, s, t);
  if (t->kind == TY_ARRAY) {   /* over the first axis: elements or row views */
    s->kind = SRC_ARRAY;
    s->item = t->ndim == 1 ? t->elem : type_array(l->cx, t->elem, t->ndim - 1, t->contig);
    s->len = fixed(l, lower_array_len(l, iter->span, s->seq));
    return s;
  }
  diag_error(l->cx, iter->span, "iterating over '%s' is not supported", type_name(l->cx, t));
  return NULL;
}

/* Evaluate an iterable (in Python's order) into a Src; NULL when the loop
 * cannot run (an empty tuple) or after an error. */
static Src *src_of(Lower *l, AstNode *iter, bool rev) {
  CallInfo *ci;
  if ((ci = builtin_call(iter, B_RANGE)) || (ci = builtin_call(iter, B_KRAIT_PRANGE))) {
    Src *s = src_range(l, iter, ci);
    if (s && rev) range_reverse(l, s);
    return s;
  }
  if ((ci = builtin_call(iter, B_REVERSED))) {
    if (ci->nargs == 1) return src_of(l, ci->args[0], !rev);
  } else if ((ci = builtin_call(iter, B_ENUMERATE)) || (ci = builtin_call(iter, B_ZIP))) {
    if (!rev) return ci->builtin == B_ZIP ? src_zip(l, iter, ci) : src_enum(l, iter, ci);
    diag_error(l->cx, iter->span, "reversed() of '%s' is not supported",
               builtin_names[ci->builtin]);
    return NULL;
  }
  return src_value(l, iter, rev);
}

/* ---- lengths, conditions and items ---- */

static IrNode *imin(Lower *l, Span sp, IrNode *a, IrNode *b) {
  return lw_choose(l, sp, lw_cmp(l, sp, CMP_LT, b, a), b, a);
}

/* The fixed length of s (computed once, before the loop), or NULL when
 * it may change (lists). */
static IrNode *src_length(Lower *l, Src *s) {
  Span sp = s->span;
  switch (s->kind) {
  case SRC_RANGE: {
    if (s->len) return s->len;
    int64_t st;
    if (lw_is_const(s->step, &st) && st == 1) return s->len = fixed(l, isub(l, sp, s->hi, s->lo));
    /* ceil((hi - lo) / step) == -((lo - hi) // step); negative means empty */
    IrNode *args[2] = {isub(l, sp, s->lo, s->hi), s->step};
    IrNode *q = lw_to_temp(l, lw_intrin(l, sp, ty(TY_I64), IN_FLOORDIV_I64, 2, args));
    return s->len = fixed(l, isub(l, sp, lw_int(l, sp, 0), q));
  }
  case SRC_LIST: return NULL;
  case SRC_STR: case SRC_TUPLE: case SRC_ARRAY: return s->len;
  case SRC_ENUM: return src_length(l, s->kids[0]);
  case SRC_ZIP: {
    IrNode *len = NULL;
    bool all = true;
    for (int i = 0; i < s->nkids; i++) {
      IrNode *k = src_length(l, s->kids[i]);
      all = all && k;
      if (k) len = len ? imin(l, sp, len, k) : k;
    }
    return all ? fixed(l, len) : NULL;
  }
  }
  return NULL;
}

/* n - 1 - k */
static IrNode *rev_index(Lower *l, Span sp, IrNode *n, IrNode *k) {
  return isub(l, sp, isub(l, sp, n, lw_int(l, sp, 1)), k);
}

/* Does item k exist? (pure; lengths of fixed sources were computed) */
static IrNode *src_cond(Lower *l, Src *s, IrNode *k) {
  Span sp = s->span;
  switch (s->kind) {
  case SRC_LIST: {
    IrNode *now = lw_intrin(l, sp, ty(TY_I64), IN_LIST_LEN, 1, &s->seq);
    if (!s->rev) return lw_cmp(l, sp, CMP_LT, k, now);
    IrNode *i = rev_index(l, sp, s->n0, k);
    return lw_logic(l, sp, true, lw_cmp(l, sp, CMP_GE, i, lw_int(l, sp, 0)),
                    lw_cmp(l, sp, CMP_LT, i, now));
  }
  case SRC_RANGE: case SRC_STR: case SRC_TUPLE: case SRC_ARRAY:
    return lw_cmp(l, sp, CMP_LT, k, s->len);
  case SRC_ENUM: return src_cond(l, s->kids[0], k);
  case SRC_ZIP: {
    IrNode *c = src_cond(l, s->kids[0], k);
    for (int i = 1; i < s->nkids; i++) c = lw_logic(l, sp, true, c, src_cond(l, s->kids[i], k));
    return c;
  }
  }
  return NULL;
}

/* t.f<i> for a run-time i: t = (i == 0) ? t.f0 : (i == 1) ? t.f1 : ... as IFs */
static IrNode *tuple_at(Lower *l, Src *s, IrNode *i) {
  Span sp = s->span;
  IrVar *t = lw_temp(l, s->item, sp);
  int n = s->seq->type->nelts;
  IrList *old = l->out;
  for (int j = 0; j < n; j++) {
    IrNode *v = lw_field(l, sp, s->seq, j);
    if (j == n - 1) {
      lw_assign(l, sp, lw_var(l, t, sp), v);
      break;
    }
    IrNode *c = ir_new(l->cx, IR_IF, sp, ty(TY_NONE));
    c->as.if_.cond = lw_cmp(l, sp, CMP_EQ, i, lw_int(l, sp, j));
    lw_emit(l, c);
    l->out = &c->as.if_.then;
    lw_assign(l, sp, lw_var(l, t, sp), v);
    l->out = &c->as.if_.orelse;
  }
  l->out = old;
  return lw_var(l, t, sp);
}

/* Item k of s: a pure expression (statements for str and tuple items). */
static IrNode *src_item(Lower *l, Src *s, IrNode *k) {
  Span sp = s->span;
  Type *i64 = ty(TY_I64);
  switch (s->kind) {
  case SRC_RANGE:
    return lw_binop(l, sp, OP_ADD, s->lo, lw_binop(l, sp, OP_MUL, k, s->step, i64), i64);
  case SRC_LIST: {
    IrNode *e = ir_new(l->cx, IR_INDEX, sp, s->item);
    e->as.index.base = s->seq;
    e->as.index.index = s->rev ? rev_index(l, sp, s->n0, k) : k;
    return e;
  }
  case SRC_STR: {
    IrNode *args[2] = {s->seq, s->rev ? rev_index(l, sp, s->len, k) : k};
    return lw_to_temp(l, lw_intrin(l, sp, s->item, IN_STR_GETITEM, 2, args));
  }
  case SRC_TUPLE: return tuple_at(l, s, s->rev ? rev_index(l, sp, s->len, k) : k);
  case SRC_ARRAY: return lower_array_item(l, sp, s->seq, s->rev ? rev_index(l, sp, s->len, k) : k);
  case SRC_ENUM: {
    IrNode **e = NEWN(&l->cx->arena, IrNode *, 2);
    e[0] = lw_binop(l, sp, OP_ADD, s->start, k, i64);
    e[1] = src_item(l, s->kids[0], k);
    return lw_tuple(l, sp, e, 2);
  }
  case SRC_ZIP: {
    IrNode **e = NEWN(&l->cx->arena, IrNode *, s->nkids);
    for (int i = 0; i < s->nkids; i++) e[i] = src_item(l, s->kids[i], k);
    return lw_tuple(l, sp, e, s->nkids);
  }
  }
  return NULL;
}

/* ---- the loop shapes ---- */

static IrNode *counted(Lower *l, IrKind kind, Span sp, IrVar *iv, IrNode *lo, IrNode *hi,
                       IrNode *step, int dir) {
  IrNode *loop = ir_new(l->cx, kind, sp, ty(TY_NONE));
  loop->as.loop.iv = iv;
  loop->as.loop.lo = lo;
  loop->as.loop.hi = hi;
  loop->as.loop.step = step;
  loop->as.loop.dir = dir;
  return loop;
}

/* for x in range(lo, hi, step): body -> LOOP(iv, lo, hi, step) { x = iv; body };
 * prange (par, its call info): a PARLOOP with its schedule= and num_threads=. */
static void range_loop(Lower *l, Src *s, ForBody *fb, CallInfo *par, Span sp) {
  IrVar *iv = lw_temp(l, ty(TY_I64), sp);
  IrNode *loop = counted(l, par ? IR_PARLOOP : IR_LOOP, sp, iv, s->lo, s->hi, s->step, s->dir);
  if (par && par->kw_num_threads) { /* the krait shim's check, under CPython too */
    IrNode *nt = lw_to_temp(l, lower_pure(l, par->kw_num_threads));
    lw_raise_if(l, sp, lw_cmp(l, sp, CMP_LT, nt, lw_int(l, sp, 1)), EXC_VALUE_ERROR,
                "num_threads must be at least 1");
    loop->as.loop.nthreads = nt;
  }
  if (par && par->kw_schedule) {
    const char *k = par->kw_schedule->as.str.s;
    loop->as.loop.sched = !strcmp(k, "dynamic") ? IR_SCHED_DYNAMIC
                        : !strcmp(k, "guided") ? IR_SCHED_GUIDED : IR_SCHED_STATIC;
  }
  IrList *old = lw_enter(l, &loop->as.loop.body);
  fb->bind(l, lw_var(l, iv, sp), fb);
  fb->body(l, fb);
  l->out = old;
  lw_emit(l, loop);
}

/* fixed lengths: LOOP(k, 0, len, 1) { bind(item(k)); body } */
static void fixed_loop(Lower *l, Src *s, IrNode *len, ForBody *fb, Span sp) {
  IrVar *k = lw_temp(l, ty(TY_I64), sp);
  IrNode *loop = counted(l, IR_LOOP, sp, k, lw_int(l, sp, 0), len, lw_int(l, sp, 1), 1);
  IrList *old = lw_enter(l, &loop->as.loop.body);
  fb->bind(l, src_item(l, s, lw_var(l, k, sp)), fb);
  fb->body(l, fb);
  l->out = old;
  lw_emit(l, loop);
}

/* k = 0; WHILE(cond(k)) { bind(item(k)); k = k + 1; body } */
static void while_loop(Lower *l, Src *s, ForBody *fb, Span sp) {
  IrVar *k = lw_temp(l, ty(TY_I64), sp);
  lw_assign(l, sp, lw_var(l, k, sp), lw_int(l, sp, 0));
  IrNode *w = ir_new(l->cx, IR_WHILE, sp, ty(TY_NONE));
  w->as.while_.cond = src_cond(l, s, lw_var(l, k, sp));
  IrList *old = lw_enter(l, &w->as.while_.body);
  fb->bind(l, src_item(l, s, lw_var(l, k, sp)), fb);
  IrNode *next = lw_binop(l, sp, OP_ADD, lw_var(l, k, sp), lw_int(l, sp, 1), ty(TY_I64));
  lw_assign(l, sp, lw_var(l, k, sp), next);
  fb->body(l, fb);
  l->out = old;
  lw_emit(l, w);
}

/* Loop over any iterable; see the file header for the shapes. */
void lower_iterate(Lower *l, AstNode *iter, ForBody *fb, bool user, Span sp) {
  CallInfo *par = user ? builtin_call(iter, B_KRAIT_PRANGE) : NULL;
  Src *s = src_of(l, iter, false);
  if (!s) return;
  if (s->kind == SRC_RANGE) {
    range_loop(l, s, fb, par, sp);
    return;
  }
  IrNode *len = src_length(l, s);
  if (len)
    fixed_loop(l, s, len, fb, sp);
  else
    while_loop(l, s, fb, sp);
}

/* ---- for statements ---- */

/* Store a loop item: items read only the loop's own temporaries, so a
 * tuple item goes to a tuple target element by element, without copies. */
static void store_loop_item(Lower *l, AstNode *target, IrNode *item) {
  bool seq = target->kind == AST_TUPLE || target->kind == AST_LIST;
  if (seq && item->kind == IR_TUPLE && item->as.list.n == target->as.list.len) {
    for (int i = 0; i < item->as.list.n; i++)
      store_loop_item(l, target->as.list.data[i], item->as.list.elts[i]);
    return;
  }
  lower_store(l, target, item);
}

static void bind_target(Lower *l, IrNode *item, ForBody *fb) {
  store_loop_item(l, fb->target, item);
}

static void user_body(Lower *l, ForBody *fb) { lower_block(l, fb->stmts); }

/* for target in iter: body  (else: and break flags are in lower.c) */
void lower_for(Lower *l, AstNode *n) {
  ForBody fb = {.bind = bind_target, .body = user_body, .target = n->as.for_.target,
                .stmts = &n->as.for_.body, .span = n->span};
  lower_iterate(l, n->as.for_.iter, &fb, true, n->span);
}

/* ---- list comprehensions ---- */

/* the rest of one `for` clause: its ifs, then the next clause or the append */
static void comp_body(Lower *l, ForBody *fb) {
  AstNode *c = fb->comp;
  CompFor *g = &c->as.comp.gens[fb->gen];
  IrList *old = l->out;
  for (int i = 0; i < g->ifs.len; i++) {
    IrNode *cond = lw_truth(l, lower_pure(l, g->ifs.data[i]));
    IrNode *s = ir_new(l->cx, IR_IF, g->ifs.data[i]->span, ty(TY_NONE));
    s->as.if_.cond = cond;
    lw_emit(l, s);
    l->out = &s->as.if_.then;
  }
  if (fb->gen + 1 < c->as.comp.ngens) {
    ForBody in = *fb;
    in.gen++;
    in.target = c->as.comp.gens[in.gen].target;
    lower_iterate(l, c->as.comp.gens[in.gen].iter, &in, false, c->span);
  } else {
    IrNode *v = lower_pure(l, c->as.comp.elt);
    IrNode *args[2] = {fb->acc, lw_cast(l, v, fb->acc->type->elem)};
    lw_emit(l, lw_expr_stmt(l, lw_intrin(l, c->span, ty(TY_NONE), IN_LIST_APPEND, 2, args)));
  }
  l->out = old;
}

static IrNode *empty_list(Lower *l, Span sp, Type *t) {
  IrNode *e = ir_new(l->cx, IR_LIST, sp, t);
  e->as.list.elts = NEWN(&l->cx->arena, IrNode *, 1);
  e->as.list.n = 0;
  return e;
}

/* [elt for x in a if c for y in b] -> t = LIST();
 *   for x in a: if c: for y in b: LIST_APPEND(t, elt) */
IrNode *lower_listcomp(Lower *l, AstNode *n) {
  IrNode *acc = lw_to_temp(l, empty_list(l, n->span, n->type));
  CompFor *g = &n->as.comp.gens[0];
  ForBody fb = {.bind = bind_target, .body = comp_body, .comp = n, .gen = 0, .acc = acc,
                .target = g->target, .span = n->span};
  lower_iterate(l, g->iter, &fb, false, n->span);
  return acc;
}

/* ---- builtins over an iterable ---- */

enum { RED_SUM, RED_MIN, RED_MAX, RED_ANY, RED_ALL, RED_LIST };

static void emit_break(Lower *l, Span sp) {
  lw_emit(l, ir_new(l->cx, IR_BREAK, sp, ty(TY_NONE)));
}

/* if c: acc = v; [break] */
static IrNode *if_assign(Lower *l, Span sp, IrNode *c, IrNode *acc, IrNode *v) {
  IrNode *s = ir_new(l->cx, IR_IF, sp, ty(TY_NONE));
  s->as.if_.cond = c;
  IrList *old = lw_enter(l, &s->as.if_.then);
  lw_assign(l, sp, lw_var(l, acc->as.var, sp), v);
  l->out = old;
  lw_emit(l, s);
  return s;
}

/* min/max: if first or x < acc: acc = x; first = False  (Python keeps the
 * first of equal items and compares left to right, NaN included) */
static void red_minmax(Lower *l, IrNode *item, ForBody *fb) {
  Span sp = fb->span;
  IrNode *x = lw_cast(l, item, fb->acc->type);
  CmpOp op = fb->op == RED_MIN ? CMP_LT : CMP_GT;
  IrNode *c = lw_logic(l, sp, false, fb->aux, lw_cmp(l, sp, op, x, fb->acc));
  IrNode *s = if_assign(l, sp, c, fb->acc, x);
  IrList *old = lw_enter(l, &s->as.if_.then);
  lw_assign(l, sp, lw_var(l, fb->aux->as.var, sp), lw_bool(l, sp, false));
  l->out = old;
}

static void red_bind(Lower *l, IrNode *item, ForBody *fb) {
  Span sp = fb->span;
  IrNode *acc = fb->acc;
  switch (fb->op) {
  case RED_SUM:
    lw_assign(l, sp, lw_var(l, acc->as.var, sp),
              lw_coerce(l, lower_arith(l, sp, OP_ADD, acc, item, acc->type), acc->type));
    return;
  case RED_MIN: case RED_MAX: red_minmax(l, item, fb); return;
  case RED_ANY: case RED_ALL: {
    IrNode *t = lw_truth(l, item);
    bool any = fb->op == RED_ANY;
    IrNode *s = if_assign(l, sp, any ? t : lw_not(l, sp, t), acc, lw_bool(l, sp, any));
    IrList *old = lw_enter(l, &s->as.if_.then);
    emit_break(l, sp);
    l->out = old;
    return;
  }
  case RED_LIST: {
    IrNode *args[2] = {acc, lw_cast(l, item, acc->type->elem)};
    lw_emit(l, lw_expr_stmt(l, lw_intrin(l, sp, ty(TY_NONE), IN_LIST_APPEND, 2, args)));
    return;
  }
  }
}

static void red_body(Lower *l, ForBody *fb) { (void)l, (void)fb; }

static IrNode *new_acc(Lower *l, Span sp, Type *t, IrNode *init) {
  IrVar *v = lw_temp(l, t, sp);
  if (init) lw_assign(l, sp, lw_var(l, v, sp), lw_coerce(l, init, t));
  return lw_var(l, v, sp);
}

/* sum(xs[, start]) / min(xs) / max(xs) / any(xs) / all(xs) -> a loop:
 *   acc = start; for x in xs: acc = acc + x     (sum)
 *   first = True; for x in xs: if first or x < acc: acc = x; first = False
 *   if first: raise ValueError("min() arg is an empty sequence")   (min)
 *   acc = False; for x in xs: if x: acc = True; break               (any) */
IrNode *lower_reduce(Lower *l, AstNode *call, Builtin b, AstNode *arg) {
  Span sp = call->span;
  CallInfo *ci = call->as.call.resolved;
  ForBody fb = {.bind = red_bind, .body = red_body, .span = sp};
  Type *t = call->type;
  if (b == B_SUM) {
    fb.op = RED_SUM;
    IrNode *start = ci->nargs > 1 ? lower_pure(l, ci->args[1]) : lw_int(l, sp, 0);
    fb.acc = new_acc(l, sp, t, start);
  } else if (b == B_MIN || b == B_MAX) {
    fb.op = b == B_MIN ? RED_MIN : RED_MAX;
    fb.acc = new_acc(l, sp, t, NULL);
    fb.aux = new_acc(l, sp, ty(TY_BOOL), lw_bool(l, sp, true));
  } else {
    fb.op = b == B_ANY ? RED_ANY : RED_ALL;
    fb.acc = new_acc(l, sp, ty(TY_BOOL), lw_bool(l, sp, b == B_ALL));
  }
  lower_iterate(l, arg, &fb, false, sp);
  if (fb.op == RED_MIN || fb.op == RED_MAX) {
    const char *msg = fb.op == RED_MIN ? "min() arg is an empty sequence"
                                       : "max() arg is an empty sequence";
    lw_raise_if(l, sp, fb.aux, EXC_VALUE_ERROR, msg);
  }
  return lw_cast(l, fb.acc, t);
}

/* The items of `arg` as a list of type t: a list value itself, or a new
 * list built by a loop (list(range(n)), list("abc"), extend(range(3))). */
IrNode *lower_list_of(Lower *l, AstNode *at, AstNode *arg, Type *t) {
  if (arg->type->kind == TY_LIST) return lower_pure(l, arg);
  ForBody fb = {.bind = red_bind, .body = red_body, .span = at->span, .op = RED_LIST};
  fb.acc = lw_to_temp(l, empty_list(l, at->span, t));
  lower_iterate(l, arg, &fb, false, at->span);
  return fb.acc;
}
