/* ir/pass_par.c — how the variables of a prange loop are shared.
 *
 * Every variable a PARLOOP body assigns gets one of two roles, as in Cython
 * and Numba:
 *   - a reduction, when each assignment updates it from itself (`s += x`,
 *     `s -= x`, `p *= x`, `&=`, `|=`, `^=`, `m = max(m, x)`, `min`) and the
 *     body reads it nowhere else: each thread accumulates its own copy and
 *     OpenMP combines them after the loop;
 *   - private to the iteration, when every read in the iteration comes
 *     after an assignment in that same iteration; after the loop a user
 *     variable holds the last iteration's value (lastprivate).
 * Anything else carries a value from one iteration to the next, which
 * threads cannot share: a compile error with a hint (a race). So are
 * `return` in the body, reference-counted locals (their counts are not
 * atomic; only strs built in the iteration, as for an exception's message,
 * are allowed), and module variables assigned in the body. A prange nested in
 * a prange runs serially: it becomes a LOOP. The result is an IrPar on the
 * PARLOOP, which the C backend turns into OpenMP clauses. */
#include <string.h>

#include "ir.h"

typedef Vec(IrVar *) VarVec;

typedef struct Par {
  Ctx *cx;
  IrFunc *fn;
  VarVec assigned;      /* by the body of the loop being analysed */
  VarVec exposed;       /* read before being assigned in the iteration */
  Span *exposed_at;     /* where, parallel to exposed (room for 256) */
  bool quiet;           /* a loop the compiler made parallel: no diagnostics ... */
  bool bad;             /* ... but back to a serial loop if one was due */
} Par;

/* A diagnostic is due: report it, or only note it for a compiler-made loop. */
static bool report(Par *p) {
  p->bad = true;
  return !p->quiet;
}

static bool has(VarVec *v, IrVar *x) {
  for (int i = 0; i < v->len; i++)
    if (v->data[i] == x) return true;
  return false;
}

static void add(Ctx *cx, VarVec *v, IrVar *x) {
  if (!has(v, x)) vec_push(&cx->scratch, v, x);
}

/* ---- what the body assigns ---- */

static void collect_assigned(Par *p, IrList *b, IrVar *iv) {
  for (int i = 0; i < b->len; i++) {
    IrNode *s = b->data[i];
    switch (s->kind) {
    case IR_ASSIGN:
      if (s->as.assign.dst->kind == IR_VAR && s->as.assign.dst->as.var != iv)
        add(p->cx, &p->assigned, s->as.assign.dst->as.var);
      break;
    case IR_IF:
      collect_assigned(p, &s->as.if_.then, iv);
      collect_assigned(p, &s->as.if_.orelse, iv);
      break;
    case IR_LOOP: case IR_PARLOOP:
      add(p->cx, &p->assigned, s->as.loop.iv);
      collect_assigned(p, &s->as.loop.body, iv);
      break;
    case IR_WHILE: collect_assigned(p, &s->as.while_.body, iv); break;
    default: break;
    }
  }
}

/* ---- reads ---- */

typedef struct Reads {
  IrVar *v;           /* count the reads of v ... */
  int n;
  Par *p;             /* ... or check every read against the assigned set */
  VarVec *defined;
} Reads;

static void read_visit(IrNode *n, void *arg) {
  Reads *r = arg;
  if (n->kind == IR_VAR) {
    IrVar *x = n->as.var;
    if (r->v && x == r->v) r->n++;
    if (r->p && has(&r->p->assigned, x) && !has(r->defined, x) && !has(&r->p->exposed, x) &&
        r->p->exposed.len < 256) {
      r->p->exposed_at[r->p->exposed.len] = n->span;
      vec_push(&r->p->cx->scratch, &r->p->exposed, x);
    }
    return;
  }
  ir_each_operand(n, read_visit, arg);
}

static void reads_in(IrNode *e, Reads *r) {
  if (e) read_visit(e, r);
}

/* The expressions a statement reads (not the variable it assigns). */
static void stmt_reads(IrNode *s, Reads *r) {
  switch (s->kind) {
  case IR_ASSIGN:
    if (s->as.assign.dst->kind != IR_VAR) reads_in(s->as.assign.dst, r);
    reads_in(s->as.assign.src, r);
    return;
  case IR_EXPR: case IR_RETURN: reads_in(s->as.expr, r); return;
  case IR_IF: reads_in(s->as.if_.cond, r); return;
  case IR_LOOP: case IR_PARLOOP:
    reads_in(s->as.loop.lo, r), reads_in(s->as.loop.hi, r), reads_in(s->as.loop.step, r);
    reads_in(s->as.loop.nthreads, r);
    return;
  case IR_WHILE: reads_in(s->as.while_.cond, r); return;
  case IR_RAISE: reads_in(s->as.raise.msg, r); return;
  case IR_PRINT:
    for (int i = 0; i < s->as.fmt.n; i++) {
      reads_in(s->as.fmt.pieces[i].value, r);
      reads_in(s->as.fmt.pieces[i].spec, r);
    }
    return;
  default: return;
  }
}

/* Reads of v in a block, nested blocks included. */
static int count_reads(IrList *b, IrVar *v) {
  Reads r = {.v = v};
  for (int i = 0; i < b->len; i++) {
    IrNode *s = b->data[i];
    stmt_reads(s, &r);
    if (s->kind == IR_IF) {
      r.n += count_reads(&s->as.if_.then, v) + count_reads(&s->as.if_.orelse, v);
    } else if (s->kind == IR_LOOP || s->kind == IR_PARLOOP) {
      r.n += count_reads(&s->as.loop.body, v);
    } else if (s->kind == IR_WHILE) {
      r.n += count_reads(&s->as.while_.body, v);
    }
  }
  return r.n;
}

/* ---- reads before assignment: definite assignment over the body ---- */

static bool ends_in_jump(IrList *b) {
  if (!b->len) return false;
  IrKind k = b->data[b->len - 1]->kind;
  return k == IR_CONTINUE || k == IR_RAISE || k == IR_RETURN || k == IR_BREAK;
}

static VarVec copy_set(Ctx *cx, VarVec *d) {
  VarVec c = {0};
  for (int i = 0; i < d->len; i++) vec_push(&cx->scratch, &c, d->data[i]);
  return c;
}

/* Walk b with the variables defined so far in d; reads of assigned
 * variables not in d are exposed. Returns with d defined after b. */
static void exposed_walk(Par *p, IrList *b, VarVec *d) {
  for (int i = 0; i < b->len; i++) {
    IrNode *s = b->data[i];
    Reads r = {.p = p, .defined = d};
    stmt_reads(s, &r);
    switch (s->kind) {
    case IR_ASSIGN:
      if (s->as.assign.dst->kind == IR_VAR) add(p->cx, d, s->as.assign.dst->as.var);
      break;
    case IR_IF: {
      VarVec a = copy_set(p->cx, d), c = copy_set(p->cx, d);
      exposed_walk(p, &s->as.if_.then, &a);
      exposed_walk(p, &s->as.if_.orelse, &c);
      /* a branch that leaves the iteration does not constrain what follows */
      bool ja = ends_in_jump(&s->as.if_.then), jc = ends_in_jump(&s->as.if_.orelse);
      VarVec *from = ja ? &c : &a, *other = ja ? NULL : jc ? NULL : &c;
      if (ja && jc) break;
      for (int k = 0; k < from->len; k++)
        if (!other || has(other, from->data[k])) add(p->cx, d, from->data[k]);
      break;
    }
    case IR_LOOP: case IR_PARLOOP: {
      VarVec in = copy_set(p->cx, d);
      add(p->cx, &in, s->as.loop.iv);
      exposed_walk(p, &s->as.loop.body, &in);
      break;
    }
    case IR_WHILE: {
      VarVec in = copy_set(p->cx, d);
      exposed_walk(p, &s->as.while_.body, &in);
      break;
    }
    default: break;
    }
  }
}

/* The variables every path through b assigns before reaching its end (a
 * `continue` ends the iteration early; a raise does not return at all). */
static void must_assign(Ctx *cx, IrList *b, VarVec *d) {
  for (int i = 0; i < b->len; i++) {
    IrNode *s = b->data[i];
    if (s->kind == IR_ASSIGN && s->as.assign.dst->kind == IR_VAR) {
      add(cx, d, s->as.assign.dst->as.var);
    } else if (s->kind == IR_IF) {
      VarVec a = copy_set(cx, d), c = copy_set(cx, d);
      must_assign(cx, &s->as.if_.then, &a);
      must_assign(cx, &s->as.if_.orelse, &c);
      bool ra = s->as.if_.then.len && s->as.if_.then.data[s->as.if_.then.len - 1]->kind == IR_RAISE;
      bool rc = s->as.if_.orelse.len &&
                s->as.if_.orelse.data[s->as.if_.orelse.len - 1]->kind == IR_RAISE;
      VarVec *from = ra ? &c : &a, *other = ra || rc ? NULL : &c;
      for (int k = 0; k < from->len; k++)
        if (!other || has(other, from->data[k])) add(cx, d, from->data[k]);
    } else if (s->kind == IR_CONTINUE) {
      return;
    }
  }
}

/* ---- reductions ---- */

static bool same_var(IrNode *n, IrVar *v) { return n->kind == IR_VAR && n->as.var == v; }

/* The reduction operator of `v = src`, or 0 if it is not an update of v
 * from itself and one other operand that does not read v. */
static char update_op(IrNode *src, IrVar *v) {
  if (src->kind == IR_BINOP) {
    IrNode *a = src->as.bin.lhs, *b = src->as.bin.rhs;
    BinOp op = src->as.bin.op;
    IrNode *other = same_var(a, v) ? b : same_var(b, v) && op != OP_SUB ? a : NULL;
    Reads r = {.v = v};
    if (!other || (reads_in(other, &r), r.n)) return 0;
    switch (op) {
    case OP_ADD: case OP_SUB: return src->type->kind == TY_BOOL ? 0 : '+';
    case OP_MUL: return '*';
    case OP_BITAND: return '&';
    case OP_BITOR: return '|';
    case OP_BITXOR: return '^';
    default: return 0;
    }
  }
  if (src->kind == IR_SELECT && src->as.sel.cond->kind == IR_CMP) {
    IrNode *c = src->as.sel.cond, *x = c->as.cmp.lhs, *y = c->as.cmp.rhs;
    IrNode *a = src->as.sel.a, *b = src->as.sel.b;
    bool gt = c->as.cmp.op == CMP_GT || c->as.cmp.op == CMP_GE;
    bool lt = c->as.cmp.op == CMP_LT || c->as.cmp.op == CMP_LE;
    if (!(gt || lt) || !type_is_numeric(src->type) || type_is_complex(src->type)) return 0;
    /* x if x > y else y is max(x, y); one of x, y is v, the other a var */
    bool same_order = a->kind == IR_VAR && b->kind == IR_VAR && x->kind == IR_VAR &&
                      y->kind == IR_VAR && a->as.var == x->as.var && b->as.var == y->as.var;
    bool swapped = a->kind == IR_VAR && b->kind == IR_VAR && x->kind == IR_VAR &&
                   y->kind == IR_VAR && a->as.var == y->as.var && b->as.var == x->as.var;
    if (!same_order && !swapped) return 0;
    if (!(same_var(x, v) ^ same_var(y, v))) return 0;
    return (gt == same_order) ? 'M' : 'm';
  }
  return 0;
}

/* v's reduction operator if every assignment to v in b updates it with op
 * (*op: 0 until the first one); false if one does not. *n counts the reads
 * of v those updates make. */
static bool all_updates(IrList *b, IrVar *v, char *op, int *n, char *mixed) {
  for (int i = 0; i < b->len; i++) {
    IrNode *s = b->data[i];
    if (s->kind == IR_ASSIGN && same_var(s->as.assign.dst, v)) {
      char o = update_op(s->as.assign.src, v);
      if (o && *op && *op != o) *mixed = o;
      if (!o || (*op && *op != o)) return false;
      *op = o;
      *n += o == 'M' || o == 'm' ? 2 : 1; /* x if x > m else m reads m twice */
    } else if (s->kind == IR_IF) {
      if (!all_updates(&s->as.if_.then, v, op, n, mixed) ||
          !all_updates(&s->as.if_.orelse, v, op, n, mixed))
        return false;
    } else if (s->kind == IR_LOOP || s->kind == IR_PARLOOP) {
      if (s->as.loop.iv == v || !all_updates(&s->as.loop.body, v, op, n, mixed)) return false;
    } else if (s->kind == IR_WHILE) {
      if (!all_updates(&s->as.while_.body, v, op, n, mixed)) return false;
    }
  }
  return true;
}

/* ---- checks on the body ---- */

static Span first_assign(IrList *b, IrVar *v, bool *found) {
  for (int i = 0; i < b->len; i++) {
    IrNode *s = b->data[i];
    if (s->kind == IR_ASSIGN && same_var(s->as.assign.dst, v)) {
      *found = true;
      return s->span;
    }
    IrList *inner[2] = {NULL, NULL};
    if (s->kind == IR_IF) inner[0] = &s->as.if_.then, inner[1] = &s->as.if_.orelse;
    else if (s->kind == IR_LOOP || s->kind == IR_PARLOOP) inner[0] = &s->as.loop.body;
    else if (s->kind == IR_WHILE) inner[0] = &s->as.while_.body;
    for (int k = 0; k < 2 && inner[k]; k++) {
      Span sp = first_assign(inner[k], v, found);
      if (*found) return sp;
    }
  }
  return (Span){0};
}

/* return in the body; a nested prange becomes a serial loop. */
static void check_body(Par *p, IrList *b) {
  for (int i = 0; i < b->len; i++) {
    IrNode *s = b->data[i];
    if (s->kind == IR_RETURN) {
      if (report(p)) {
        diag_error(p->cx, s->span, "'return' is not allowed in a prange loop");
        diag_hint(p->cx, "store the result in a variable or an array, and return after the loop");
      }
    } else if (s->kind == IR_IF) {
      check_body(p, &s->as.if_.then);
      check_body(p, &s->as.if_.orelse);
    } else if (s->kind == IR_LOOP || s->kind == IR_PARLOOP) {
      s->kind = IR_LOOP; /* a prange inside a prange runs serially */
      check_body(p, &s->as.loop.body);
    } else if (s->kind == IR_WHILE) {
      check_body(p, &s->as.while_.body);
    }
  }
}

typedef struct Find {
  IrVar *v;
  bool found;
  Span at;
} Find;

static void find_read(IrNode *n, void *arg) {
  Find *f = arg;
  if (f->found) return;
  if (same_var(n, f->v)) {
    f->found = true;
    f->at = n->span;
    return;
  }
  ir_each_operand(n, find_read, arg);
}

/* Where the body reads v other than in its own updates. */
static bool read_elsewhere(IrList *b, Find *f) {
  for (int i = 0; i < b->len && !f->found; i++) {
    IrNode *s = b->data[i];
    if (s->kind == IR_ASSIGN && same_var(s->as.assign.dst, f->v) &&
        update_op(s->as.assign.src, f->v))
      continue;
    switch (s->kind) {
    case IR_ASSIGN:
      if (s->as.assign.dst->kind != IR_VAR) find_read(s->as.assign.dst, f);
      find_read(s->as.assign.src, f);
      break;
    case IR_EXPR: case IR_RETURN: if (s->as.expr) find_read(s->as.expr, f); break;
    case IR_IF:
      find_read(s->as.if_.cond, f);
      if (!read_elsewhere(&s->as.if_.then, f)) read_elsewhere(&s->as.if_.orelse, f);
      break;
    case IR_LOOP: case IR_PARLOOP:
      find_read(s->as.loop.lo, f), find_read(s->as.loop.hi, f), find_read(s->as.loop.step, f);
      read_elsewhere(&s->as.loop.body, f);
      break;
    case IR_WHILE:
      find_read(s->as.while_.cond, f);
      read_elsewhere(&s->as.while_.body, f);
      break;
    case IR_RAISE: if (s->as.raise.msg) find_read(s->as.raise.msg, f); break;
    case IR_PRINT:
      for (int k = 0; k < s->as.fmt.n; k++)
        if (s->as.fmt.pieces[k].value) find_read(s->as.fmt.pieces[k].value, f);
      break;
    default: break;
    }
  }
  return f->found;
}

/* Is every value b assigns to v a str built in place (an f-string, str())
 * or a constant? Such a str belongs to its thread: it may be private. */
static bool only_built(IrList *b, IrVar *v) {
  for (int i = 0; i < b->len; i++) {
    IrNode *s = b->data[i];
    if (s->kind == IR_ASSIGN && same_var(s->as.assign.dst, v)) {
      IrKind k = s->as.assign.src->kind;
      if (k != IR_STRBUILD && k != IR_CONST) return false;
    } else if (s->kind == IR_IF) {
      if (!only_built(&s->as.if_.then, v) || !only_built(&s->as.if_.orelse, v)) return false;
    } else if (s->kind == IR_LOOP || s->kind == IR_PARLOOP) {
      if (!only_built(&s->as.loop.body, v)) return false;
    } else if (s->kind == IR_WHILE) {
      if (!only_built(&s->as.while_.body, v)) return false;
    }
  }
  return true;
}

static const char *red_spelling(char op) {
  return op == 'M' ? "max" : op == 'm' ? "min" : op == '+' ? "+=" : op == '*' ? "*="
       : op == '&' ? "&=" : op == '|' ? "|=" : "^=";
}

static void analyse(Par *p, IrNode *loop) {
  IrList *body = &loop->as.loop.body;
  p->assigned.len = p->exposed.len = 0;
  p->quiet = loop->as.loop.work != NULL;
  p->bad = false;
  check_body(p, body);
  collect_assigned(p, body, loop->as.loop.iv);
  VarVec d = {0}, always = {0};
  exposed_walk(p, body, &d);
  must_assign(p->cx, body, &always);
  IrPar *par = NEW(&p->cx->arena, IrPar);
  int n = p->assigned.len;
  par->reds = NEWN(&p->cx->arena, IrVar *, n + 1);
  par->ops = NEWN(&p->cx->arena, char, n + 1);
  par->privs = NEWN(&p->cx->arena, IrVar *, n + 1);
  for (int i = 0; i < n; i++) {
    IrVar *v = p->assigned.data[i];
    bool found = false;
    Span at = first_assign(body, v, &found);
    if (!found) at = loop->span;
    if (v->kind == VAR_GLOBAL) {
      if (report(p))
        diag_error(p->cx, at, "a prange loop cannot assign the module variable '%s'", v->name);
      if (!p->quiet)
        diag_hint(p->cx, "put the loop in a function and assign a local variable");
      continue;
    }
    if (type_is_managed(v->type) && !(v->type->kind == TY_STR && only_built(body, v) &&
                                      (v->kind == VAR_TEMP || count_reads(&p->fn->body, v) ==
                                                                  count_reads(body, v)))) {
      if (report(p))
        diag_error(p->cx, at, "'%s' holds a %s, which a prange loop cannot create or rebind yet",
                   v->kind == VAR_TEMP ? "a temporary" : v->name, type_name(p->cx, v->type));
      if (!p->quiet)
        diag_hint(p->cx, "reference counts are not atomic: index the arrays and lists you have "
                         "(a[i, j]), and write results into arrays allocated before the loop");
      continue;
    }
    char op = 0, mixed = 0;
    int updates = 0;
    bool reduction = all_updates(body, v, &op, &updates, &mixed) && op;
    if (mixed) {
      if (report(p))
        diag_error(p->cx, at, "'%s' is updated with both %s and %s in a prange loop", v->name,
                   red_spelling(op), red_spelling(mixed));
      if (!p->quiet)
        diag_hint(p->cx, "a reduction combines the threads' partial values with one operator: "
                         "use one, or a second variable");
      continue;
    }
    if (reduction) {
      if (count_reads(body, v) == updates) {
        par->reds[par->nreds] = v;
        par->ops[par->nreds++] = op;
        continue;
      }
      Find f = {.v = v};
      read_elsewhere(body, &f);
      if (report(p))
        diag_error(p->cx, f.found ? f.at : at,
                   "the reduction variable '%s' is read inside the prange loop", v->name);
      if (!p->quiet)
        diag_hint(p->cx, "each thread holds a partial '%s' (%s) until the loop ends: read it after "
                         "the loop", v->name, red_spelling(op));
      continue;
    }
    int k = 0;
    while (k < p->exposed.len && p->exposed.data[k] != v) k++;
    if (k < p->exposed.len) {
      if (report(p))
        diag_error(p->cx, p->exposed_at[k],
                   "'%s' is read before it is assigned in this iteration of a prange loop, so its "
                   "value would come from another thread's iteration", v->name);
      if (!p->quiet)
        diag_hint(p->cx, "assign '%s' at the start of the loop body, or update it only with "
                         "'%s += ...' (or -=, *=, max, min) to make it a reduction",
                  v->name, v->name);
      continue;
    }
    if (v->kind == VAR_LOCAL && !has(&always, v) &&
        count_reads(&p->fn->body, v) > count_reads(body, v)) {
      if (report(p))
        diag_error(p->cx, at, "'%s' is not assigned in every iteration of the prange loop, so its "
                   "value after the loop would depend on the threads", v->name);
      if (!p->quiet)
        diag_hint(p->cx, "assign '%s' in every iteration, or use another variable after the loop",
                  v->name);
      continue;
    }
    par->privs[par->nprivs++] = v;
  }
  loop->as.loop.par = par;
  if (p->quiet && p->bad) { /* not safe to split after all: serial */
    loop->kind = IR_LOOP;
    loop->as.loop.par = NULL;
    loop->as.loop.work = NULL;
  }
}

static void walk(Par *p, IrList *b) {
  for (int i = 0; i < b->len; i++) {
    IrNode *s = b->data[i];
    if (s->kind == IR_PARLOOP) {
      if (p->fn->is_init) {
        diag_error(p->cx, s->span, "prange loops run only inside functions");
        diag_hint(p->cx, "move the loop into a function and call it");
        s->kind = IR_LOOP;
        continue;
      }
      analyse(p, s);
    } else if (s->kind == IR_IF) {
      walk(p, &s->as.if_.then);
      walk(p, &s->as.if_.orelse);
    } else if (s->kind == IR_LOOP) {
      walk(p, &s->as.loop.body);
    } else if (s->kind == IR_WHILE) {
      walk(p, &s->as.while_.body);
    }
  }
}

void pass_par(Ctx *cx, IrModule *m) {
  Par p = {.cx = cx};
  p.exposed_at = NEWN(&cx->scratch, Span, 256);
  for (int i = 0; i <= m->funcs.len; i++) {
    IrFunc *fn = i < m->funcs.len ? m->funcs.data[i] : m->init;
    if (!fn) continue;
    p.fn = fn;
    walk(&p, &fn->body);
  }
}
